#!/usr/bin/env node
// `npm run bench:search`: runs scripts/bench-search.ts. Needs a built site: `astro build` first.
import { join } from 'node:path';
import { runTypeScript } from './run-typescript.mjs';

await runTypeScript('scripts/bench-search.ts', join(process.cwd(), 'node_modules', '.bench-search'));
