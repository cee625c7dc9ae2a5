#!/usr/bin/env node
// `node scripts/asked-as.mjs <mode>`: runs scripts/asked-as.ts. Needs a built site (`npm run build`
// first). See scripts/asked-as.ts for the modes. Its bundle goes in test-results/, which git ignores.
import { join } from 'node:path';
import { runTypeScript } from './run-typescript.mjs';

await runTypeScript('scripts/asked-as.ts', join(process.cwd(), 'test-results', 'asked-as'));
