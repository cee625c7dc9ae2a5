import { guardRehype, guardRemark } from './guard';
import rehypeActNowBox from './rehype-act-now-box';
import rehypeHeadingLinks from './rehype-heading-links';
import rehypeNumberedSteps from './rehype-numbered-steps';
import rehypeSlug from './rehype-slug';
import rehypeTableRegions from './rehype-table-regions';
import remarkCallouts from './remark-callouts';
import remarkRejectGfmExtras from './remark-reject-gfm-extras';
import remarkHeadingIds from './remark-heading-ids';
import remarkMarkdownIt from './remark-markdown-it';
import remarkNations from './remark-nations';
import remarkRejectUnknownDirectives from './remark-reject-unknown-directives';
import remarkServices from './remark-services';
import remarkSmartypants from './remark-smartypants';
import remarkSnippets from './remark-snippets';
import remarkSteps from './remark-steps';

/**
 * The Markdown pipeline every page goes through, in order: used by Astro (each page is rendered
 * once, by Astro) and by the helpline page's snippet. Each plugin is guarded (./guard.ts): an error
 * puts a marker in the page that the built-site check turns into a build failure naming the file
 * and line.
 */
export const remarkPlugins = [
	// The parser: markdown-it in place of remark-parse, giving the same tree (CommonMark, GFM's
	// tables and remark-directive's syntax). It reports its own errors as the guard does.
	remarkMarkdownIt,
	// Refuses what GFM would read and the parser does not (Astro's remark-gfm is off: see markdownPipeline).
	guardRemark(remarkRejectGfmExtras),
	// Where Astro's own smartypants step ran (it is off: see markdownPipeline).
	guardRemark(remarkSmartypants),
	guardRemark(remarkSnippets),
	guardRemark(remarkHeadingIds),
	guardRemark(remarkCallouts),
	guardRemark(remarkSteps),
	guardRemark(remarkServices),
	guardRemark(remarkNations),
	guardRemark(remarkRejectUnknownDirectives),
];

export const rehypePlugins = [
	guardRehype(rehypeSlug),
	guardRehype(rehypeTableRegions),
	guardRehype(rehypeNumberedSteps),
	guardRehype(rehypeHeadingLinks),
	// Last: lifts a guide's or platform page's act-now box out of the content for the template to place.
	guardRehype(rehypeActNowBox),
];

/**
 * The options for Astro's `unified()` processor and for `createMarkdownProcessor`: the plugins, with
 * Astro's own smartypants step off, since ./remark-smartypants.ts does the same work far more
 * cheaply, and Astro's remark-gfm off, since the site needs only GFM's tables
 * (./remark-reject-gfm-extras.ts says why).
 */
export const markdownPipeline = { remarkPlugins, rehypePlugins, smartypants: false, gfm: false };
