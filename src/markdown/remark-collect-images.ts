import { remarkCollectImages as astroRemarkCollectImages } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { EXIT, walk } from './walk';

type ImageOptions = Parameters<typeof astroRemarkCollectImages>[0];

/**
 * Astro's image step (`remarkCollectImages` from @astrojs/markdown-remark), run only on a page that
 * has an image: it lists the page's images for Astro to process, and on a page without one gives
 * empty lists. Astro's walks every page twice with unist-util-visit to find out (once for link
 * definitions, once for images), at a cost per node more than the step's work (./walk.ts says why);
 * this looks once, with ./walk.ts, and stops at the first image. The site's pages have none, and a
 * page that has one is rendered by Astro's own renderer (./processor.ts).
 */
export default function remarkCollectImages(options: ImageOptions) {
	const astroStep = astroRemarkCollectImages(options);
	return (tree: Root, file: VFile) => {
		let hasImage = false;
		walk(tree, ['image', 'imageReference'], () => {
			hasImage = true;
			return EXIT;
		});
		if (hasImage) return astroStep(tree, file);
		// What Astro's step leaves on a page with no image (and on a text with no file, nothing).
		if (typeof file?.path !== 'string') return;
		const data = file.data as { astro?: { localImagePaths?: string[]; remoteImagePaths?: string[] } };
		data.astro ??= {};
		data.astro.localImagePaths = [];
		data.astro.remoteImagePaths = [];
	};
}
