import type { AstroIntegration } from 'astro';
import { siteAddress } from '../lib/site-address';

const MODULE = 'virtual:site-address.css';

/**
 * Gives the stylesheet the site's public address as `--site-address`, so a printed page shows
 * each link in full (`https://…/guides/impersonation/`) rather than a path that means nothing on
 * paper. A CSS module rather than an inline style: the Content-Security-Policy allows only the
 * styles Astro hashes, and a bundled stylesheet is one of them.
 */
export default function siteAddressCss(): AstroIntegration {
	return {
		name: 'site-address',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const address = siteAddress(config.site);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'site-address-css',
								resolveId: (id) => (id === MODULE ? MODULE : undefined),
								load: (id) => (id === MODULE ? `:root { --site-address: ${JSON.stringify(address)}; }\n` : undefined),
							},
						],
					},
				});
			},
		},
	};
}
