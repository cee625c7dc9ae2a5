import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkImageSafety } from '../../src/checks/check-image-safety';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/plugins';
import { readContent } from '../../src/checks/read-content';
import { categoryIds } from '../../src/schemas/categories';
import { GuideSchema } from '../../src/schemas/guide';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = readContent(root);
const guides = content.filter((entry) => entry.kind === 'guides');
const slugs = (kind: string) => content.filter((entry) => entry.kind === kind).map((entry) => entry.slug);

describe('the guidance library', () => {
	it('has every guide the product requires', () => {
		const required = ['online-reputation', 'impersonation', 'sexual-harassment-of-staff', 'reporting-to-platforms', 'gathering-evidence', 'sharing-nudes', 'cyberbullying', 'hacked-accounts', 'sextortion', 'harmful-content', 'hate-speech', 'grooming', 'tracking-and-privacy'];
		expect(slugs('guides')).toEqual(expect.arrayContaining(required));
	});

	it('has every platform page the product requires', () => {
		const required = ['tiktok', 'instagram', 'facebook', 'snapchat', 'x', 'youtube', 'whatsapp', 'roblox', 'discord', 'google'];
		expect(slugs('platforms')).toEqual(expect.arrayContaining(required));
	});

	it('gives every one of the helpline’s categories a guide', () => {
		const covered = new Set(guides.flatMap((entry) => GuideSchema.parse(entry.frontmatter).categories));
		expect(categoryIds.filter((id) => !covered.has(id))).toEqual([]);
	});

	it('never advises capturing or keeping a sexual image of a child, on any page', () => {
		expect(checkImageSafety(root)).toEqual([]);
	});

	// Rendering every page takes about 4 s on a quiet two-core machine; more when it is shared.
	it('renders every page through the site’s Markdown pipeline without a problem', async () => {
		const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });
		const problems: string[] = [];
		for (const entry of content) {
			const { code } = await processor.render(entry.body, { frontmatter: entry.frontmatter, fileURL: pathToFileURL(join(root, entry.file)) });
			problems.push(...[...code.matchAll(/data-content-error="([^"]*)"/g)].map((m) => m[1]));
		}
		expect(problems).toEqual([]);
	}, 60_000);
});
