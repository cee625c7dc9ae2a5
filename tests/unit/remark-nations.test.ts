import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { nationFact, nations } from '../../src/data/nations';
import { contentErrorsIn } from '../../src/markdown/guard';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/plugins';
import { NATION_IDS } from '../../src/schemas/nations';

const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });

async function render(markdown: string) {
	return processor.render(markdown);
}

async function html(markdown: string): Promise<string> {
	return (await render(markdown)).code;
}

/** A failing plugin leaves a marker in the page (src/markdown/guard.ts), "line N: reason" when no file is named. */
async function failure(markdown: string): Promise<{ message: string; line?: number }> {
	const [error] = contentErrorsIn(await html(markdown));
	if (error === undefined) throw new Error('expected the Markdown to fail');
	const match = /^line (\d+): ([\s\S]*)$/.exec(error);
	return match ? { message: match[2], line: Number(match[1]) } : { message: error };
}

/** A block with a paragraph for each nation, written in the order given. */
function block(order: readonly string[] = NATION_IDS, open = '::::nations'): string {
	return [open, ...order.flatMap((id) => [`:::${id}`, `Route for ${id}.`, ':::']), '::::'].join('\n');
}

/** The parts of an all-nations fact: which nations each is for, and its text. */
function factParts(out: string): { nations: string; text: string }[] {
	return [...out.matchAll(/<span class="nation-fact__value" data-nation="([a-z -]+)">(.*?)<span class="nation-fact__where">/g)].map((match) => ({
		nations: match[1],
		text: match[2].replace(/<[^>]+>/g, ''),
	}));
}

describe('remark-nations: ::::nations blocks', () => {
	it('shows every nation, in the data file’s order whatever order they were written in', async () => {
		const out = await html(`## Who to tell {#who-to-tell}\n\n${block([...NATION_IDS].reverse())}`);
		const order = [...out.matchAll(/data-nation="([a-z-]+)"/g)].map((match) => match[1]);
		expect(order).toEqual(nations.map((nation) => nation.id));
	});

	it('labels each nation with a heading one level below the heading above, anchored by the block and the nation', async () => {
		const out = await html(`## Who to tell {#who-to-tell}\n\n${block()}`);
		for (const nation of nations) {
			expect(out).toMatch(new RegExp(`<h3 id="who-to-tell-${nation.id}" class="nation__heading">[^]*?${nation.name}</h3>`));
		}
	});

	it('gives each heading the topic for screen readers and search, and a link to copy', async () => {
		const out = await html(`## Who to tell {#who-to-tell}\n\n${block()}`);
		expect(out).toContain('<span class="visually-hidden">Who to tell: </span>Wales</h3>');
		expect(out).toContain('href="#who-to-tell-wales"');
	});

	it('takes its anchor from {#id} on the block when it has one', async () => {
		const out = await html(`## Who to tell {#who-to-tell}\n\n${block(NATION_IDS, '::::nations{#allegations}')}`);
		expect(out).toContain('id="allegations-scotland"');
	});

	it('marks a page with a nations block, so it shows the nation chooser at the top', async () => {
		const { metadata } = await render(`## Who to tell {#who-to-tell}\n\n${block()}`);
		expect(metadata.frontmatter.hasNations).toBe(true);
		expect((await render('## Plain page\n\nTell your :nation[lead].')).metadata.frontmatter.hasNations).toBeUndefined();
	});

	it('inside a list, labels nations in bold rather than with headings, and anchors the section itself', async () => {
		const out = await html(`## Steps {#steps}\n\n1. **Refer.** Then:\n\n   ${block().replace(/\n/g, '\n   ')}`);
		expect(out).not.toContain('<h3');
		expect(out).toMatch(/<div class="nation" data-nation="scotland" data-nation-name="Scotland" id="steps-scotland"><p class="nation__label"><strong>/);
	});

	it('refuses a block with a nation missing, naming it and the line', async () => {
		const { message, line } = await failure(`## Who {#who}\n\n${block(['england', 'wales', 'scotland'])}`);
		expect(message).toMatch(/missing :::northern-ireland/);
		expect(line).toBe(3);
	});

	it('refuses an unknown nation and lists the nations allowed', async () => {
		const { message } = await failure(`## Who {#who}\n\n${block([...NATION_IDS, 'scotand'])}`);
		expect(message).toMatch(/Unknown nation ":::scotand"\. Allowed: england, wales, scotland, northern-ireland/);
	});

	it('refuses a nation written twice', async () => {
		expect((await failure(`## Who {#who}\n\n${block([...NATION_IDS, 'wales'])}`)).message).toMatch(/:::wales appears twice/);
	});

	it('refuses text between the nation blocks', async () => {
		const markdown = `## Who {#who}\n\n::::nations\nStray words.\n${block().split('\n').slice(1).join('\n')}`;
		expect((await failure(markdown)).message).toMatch(/holds only nation blocks/);
	});

	it('refuses a nation block outside ::::nations, and explains the colons', async () => {
		const { message, line } = await failure('## Who {#who}\n\n:::wales\nText.\n:::');
		expect(message).toMatch(/:::wales must be inside a ::::nations block/);
		expect(line).toBe(3);
	});

	it('refuses a block with no anchor to take', async () => {
		expect((await failure(`## Who to tell\n\n${block()}`)).message).toMatch(/Give this ::::nations block an anchor/);
	});

	it('refuses two blocks that would share an anchor', async () => {
		expect((await failure(`## Who {#who}\n\n${block()}\n\n${block()}`)).message).toMatch(/would share the anchor #who/);
	});

	it('refuses a section that names another nation’s guidance as its own', async () => {
		const markdown = `## Who {#who}\n\n${block().replace('Route for scotland.', 'Follow KCSIE and tell the LADO.')}`;
		const { message } = await failure(markdown);
		expect(message).toMatch(/The Scotland section names "KCSIE" \(England\)/);
	});

	it('lets two nations that share a term both use it', async () => {
		const markdown = `## Who {#who}\n\n${block().replace('Route for england.', 'Tell the LADO.').replace('Route for wales.', 'Some councils say LADO.')}`;
		expect(await html(markdown)).toContain('Some councils say LADO.');
	});
});

describe('remark-nations: :nation[fact]', () => {
	it('inside a nation’s block, inserts that nation’s fact', async () => {
		const markdown = `## Who {#who}\n\n${block().replace('Route for scotland.', 'Tell the :nation[lead].')}`;
		expect(await html(markdown)).toContain(`Tell the ${nationFact('lead', 'scotland')!.text}.`);
	});

	it('elsewhere, gives every nation’s fact, each part marked with its nations', async () => {
		const out = await html('Tell your :nation[lead] now.');
		expect(out).toContain('<span class="nation-fact" data-nation-fact="lead">');
		const parts = factParts(out);
		expect(parts.map((part) => part.nations)).toEqual(nations.map((nation) => nation.id));
		expect(parts[2].text).toBe(nationFact('lead', 'scotland')!.text);
	});

	it('gives nations that share a value one part', async () => {
		expect(factParts(await html('Call :nation[police].')).map((part) => part.nations)).toContain('england wales');
	});

	it('links a fact to its page when the data file gives one', async () => {
		const out = await html(`## Who {#who}\n\n${block().replace('Route for scotland.', 'Follow :nation[guidance].')}`);
		expect(out).toContain(`<a href="${nationFact('guidance', 'scotland')!.link}">`);
	});

	it('refuses an unknown fact and lists the facts allowed', async () => {
		const { message } = await failure('Tell your :nation[leader].');
		expect(message).toMatch(/Unknown nation fact "leader" in :nation\[leader\]\. Allowed: .*lead/);
	});
});
