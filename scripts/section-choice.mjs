#!/usr/bin/env node
// `node scripts/section-choice.mjs <misses|totals>`: runs scripts/section-choice.ts (needs a built
// site). Its bundle goes in test-results/, which git ignores.
import { join } from 'node:path';
import { runTypeScript } from './run-typescript.mjs';

await runTypeScript('scripts/section-choice.ts', join(process.cwd(), 'test-results', 'section-choice'));
