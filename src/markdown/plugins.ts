import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import rehypeHeadingLinks from './rehype-heading-links';
import remarkCallouts from './remark-callouts';
import remarkHeadingIds from './remark-heading-ids';
import remarkNations from './remark-nations';
import remarkRejectUnknownDirectives from './remark-reject-unknown-directives';
import remarkServices from './remark-services';
import remarkSnippets from './remark-snippets';
import remarkSteps from './remark-steps';

/** The Markdown pipeline every page goes through, in order: used by Astro and by the content check. */
export const remarkPlugins = [
	remarkDirective,
	remarkSnippets,
	remarkHeadingIds,
	remarkCallouts,
	remarkSteps,
	remarkServices,
	remarkNations,
	remarkRejectUnknownDirectives,
];

export const rehypePlugins = [rehypeSlug, rehypeHeadingLinks];
