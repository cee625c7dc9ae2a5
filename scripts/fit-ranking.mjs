#!/usr/bin/env node
// `node scripts/fit-ranking.mjs <mode>`: runs scripts/fit-ranking.ts. Needs a built site
// (`npm run build` first). See scripts/fit-ranking.ts for the modes. Its bundle goes in
// test-results/, which git ignores.
import { join } from 'node:path';
import { runTypeScript } from './run-typescript.mjs';

await runTypeScript('scripts/fit-ranking.ts', join(process.cwd(), 'test-results', 'fit-ranking'));
