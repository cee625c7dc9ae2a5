import { fileURLToPath } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { root } from 'astro:config/server';
import { readContentFile } from '../checks/read-content';
import { platformEntry } from '../lib/content';
import { rehypePlugins, remarkPlugins } from '../markdown/plugins';
import type { PlatformSection } from '../schemas/platform';
import { platformSectionMarkdown, rehomeSectionHtml, withoutLeadingHeading } from './platform-sections';

export interface PlatformSteps {
	platform: string;
	platformName: string;
	sections: { id: PlatformSection; heading: string; href: string; html: string }[];
}

let processor: Promise<MarkdownRenderer> | undefined;
const cache = new Map<string, Promise<PlatformSteps | undefined>>();

/**
 * The platform page's own sections (e.g. "Report an impersonation" on /platforms/tiktok/), rendered
 * through the site's Markdown pipeline for an outcome page: one source for the steps, never a copy.
 */
export function renderPlatformSteps(platform: string, sectionIds: readonly PlatformSection[]): Promise<PlatformSteps | undefined> {
	const key = `${platform}:${sectionIds.join(',')}`;
	if (!cache.has(key)) cache.set(key, render(platform, sectionIds));
	return cache.get(key)!;
}

async function render(platform: string, sectionIds: readonly PlatformSection[]): Promise<PlatformSteps | undefined> {
	const entry = await platformEntry(platform);
	if (!entry) return undefined;
	// The page's Markdown from its file, as Astro's loader reads it (its frontmatter blanked, then
	// trimmed): Astro's data store does not keep platform pages' Markdown (src/content.config.ts).
	const body = readContentFile(fileURLToPath(root), 'platforms', entry.id).body.trim();
	processor ??= createMarkdownProcessor({ remarkPlugins, rehypePlugins });
	const renderer = await processor;
	const path = `/platforms/${platform}/`;
	const sections = await Promise.all(
		sectionIds.map(async (id) => {
			const markdown = platformSectionMarkdown(body, id);
			if (markdown === undefined) throw new Error(`content/platforms/${platform}.md: the section {#${id}} that the wizard shows is missing`);
			const headingLine = body.split('\n').find((line) => line.includes(`{#${id}}`)) ?? '';
			const heading = headingLine.replace(/^##\s*/, '').replace(/\s*\{#[^}]*\}\s*$/, '');
			const { code } = await renderer.render(markdown, { frontmatter: {} });
			return { id, heading, href: `${path}#${id}`, html: rehomeSectionHtml(withoutLeadingHeading(code), path, `${platform}-${id}-`) };
		}),
	);
	return { platform, platformName: entry.data.platform, sections };
}
