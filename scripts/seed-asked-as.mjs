#!/usr/bin/env node
// `node scripts/seed-asked-as.mjs`: runs scripts/seed-asked-as.ts, which adds the labelled tuning
// sets' questions to content/data/asked-as.json. Its bundle goes in test-results/, which git ignores.
import { join } from 'node:path';
import { runTypeScript } from './run-typescript.mjs';

await runTypeScript('scripts/seed-asked-as.ts', join(process.cwd(), 'test-results', 'seed-asked-as'));
