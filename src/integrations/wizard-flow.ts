import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readFlow } from '../wizard/read-flow';
import { browserFlow } from '../wizard/summary';

const VIRTUAL_ID = 'virtual:wizard-flow';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The wizard's flow as one file, /_astro/wizard-flow.<hash>.json, which the question island and the
 * 404 page's recovery fetch when they start. Its name changes when the flow does, so hosts cache it
 * for ever (`_headers`: /_astro/*). Pages carry only their own question; without JavaScript they
 * never need the file. The browser learns its address from the module `virtual:wizard-flow`.
 */
export default function wizardFlow(): AstroIntegration {
	let root = '';
	let folder = '/_astro/';
	let made: { name: string; json: string } | undefined;

	const make = () => {
		if (!made) {
			const { flow, problems } = readFlow(root);
			if (!flow) throw new Error(`The wizard's flow could not be read:\n  ${problems.join('\n  ')}`);
			const json = JSON.stringify(browserFlow(flow));
			made = { name: `wizard-flow.${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`, json };
		}
		return made;
	};

	return {
		name: 'wizard-flow',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				folder = `${config.base.replace(/\/$/, '')}/${config.build.assets}/`;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'wizard-flow',
								resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
								load: (id: string) => (id === RESOLVED_ID ? `export const flowUrl = ${JSON.stringify(folder + make().name)};\n` : undefined),
								configureServer(server) {
									// `astro dev`: answer the file's address from memory, read afresh when content changes.
									server.watcher.on('change', (file) => {
										if (file.includes(`${join('content', 'wizard')}`)) made = undefined;
									});
									server.middlewares.use((request, response, next) => {
										const { name, json } = make();
										if (request.url !== folder + name) return next();
										response.setHeader('Content-Type', 'application/json');
										response.end(json);
									});
								},
							},
						],
					},
				});
			},
			'astro:build:generated': ({ dir }) => {
				const { name, json } = make();
				const outDir = join(fileURLToPath(dir), ...folder.split('/').filter(Boolean));
				mkdirSync(outDir, { recursive: true });
				writeFileSync(join(outDir, name), json);
			},
		},
	};
}
