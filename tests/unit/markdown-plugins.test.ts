import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { helpline } from '../../src/data/helpline';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/plugins';
import { snippetNames } from '../../src/markdown/remark-snippets';

const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });

async function html(markdown: string): Promise<string> {
	return (await processor.render(markdown)).code;
}

async function failure(markdown: string): Promise<string> {
	const error = console.error;
	console.error = () => {};
	try {
		await processor.render(markdown);
	} catch (thrown) {
		return (thrown as Error).message;
	} finally {
		console.error = error;
	}
	throw new Error('expected the Markdown to fail');
}

describe('remark-heading-ids', () => {
	it('uses an anchor the author pinned with {#id}, and removes it from the heading text', async () => {
		const out = await html('## What you should do first {#what-to-do}');
		expect(out).toContain('<h2 id="what-to-do">What you should do first</h2>');
	});

	it('derives an anchor from the words when none is pinned', async () => {
		expect(await html('## How serious is it?')).toContain('<h2 id="how-serious-is-it">');
	});

	it('refuses an anchor with capitals or spaces', async () => {
		expect(await failure('## Evidence {#Keep This}')).toMatch(/Heading anchor \{#Keep This\} is not allowed/);
	});
});

describe('rehype-heading-links', () => {
	it('gives each section heading a link to itself, outside the heading', async () => {
		const out = await html('## In short {#in-short}');
		expect(out).toMatch(/<div class="heading-wrapper[^"]*"><h2 id="in-short">In short<\/h2><a class="self-link" href="#in-short"/);
	});

	it('does not link the page title', async () => {
		expect(await html('# Title')).not.toContain('self-link');
	});
});

describe('remark-callouts', () => {
	it('turns :::safeguarding into a marked callout with the author’s title', async () => {
		const out = await html(':::safeguarding[Call 999 if a child is in danger]\nTell your DSL now.\n:::');
		expect(out).toContain('class="callout callout--safeguarding"');
		expect(out).toContain('data-callout="safeguarding"');
		expect(out).toMatch(/<p class="callout__title">Call 999 if a child is in danger<\/p>\s*<p>Tell your DSL now.<\/p>/);
	});

	it('gives a callout a default title when the author gives none', async () => {
		expect(await html(':::tip\nA username often works.\n:::')).toMatch(/<p class="callout__title">[^<]+<\/p>/);
	});
});

describe('remark-steps', () => {
	it('keeps a pinned anchor after the bold sentence, and takes it out of the text', async () => {
		const out = await html(':::steps\n1. **Tell the DSL now.** {#step-tell-the-dsl-today} In person.\n:::');
		expect(out).toMatch(/<li id="step-tell-the-dsl-today" class="step">/);
		expect(out).not.toContain('{#');
	});

	it('numbers steps and anchors each one from its bold first sentence', async () => {
		const out = await html(':::steps\n1. **Report the account.** Use the menu.\n2. **Tell your DSL.** Today.\n:::');
		expect(out).toContain('<ol class="steps">');
		expect(out).toMatch(/<li id="step-report-the-account" class="step">/);
		expect(out).toMatch(/<li id="step-tell-your-dsl" class="step">/);
		expect(out).toContain('href="#step-report-the-account"');
	});

	it('keeps anchors unique when two steps start the same way', async () => {
		const out = await html(':::steps\n1. **Report it.** Once.\n2. **Report it.** Again.\n:::');
		expect(out).toContain('id="step-report-it"');
		expect(out).toContain('id="step-report-it-1"');
	});

	it('refuses a step without a bold first sentence, naming the step', async () => {
		expect(await failure(':::steps\n1. **Report it.** Now.\n2. Then tell your DSL.\n:::')).toMatch(/Step 2 must start with a short bold sentence/);
	});

	it('refuses a steps block that is not a numbered list', async () => {
		expect(await failure(':::steps\n- one\n- two\n:::')).toMatch(/must contain one numbered list/);
	});
});

describe('remark-services', () => {
	it('links a service by id to its website', async () => {
		expect(await html('Report it to :service[ceop].')).toMatch(/<a href="https:\/\/www\.ceop\.police\.uk\/[^"]*">CEOP Safety Centre<\/a>/);
	});

	it('makes a phone number dialable', async () => {
		expect(await html('Call :phone[childline].')).toContain('<a href="tel:08001111">0800 1111</a>');
	});

	it('gives the helpline’s own phone number and email from the data file', async () => {
		const out = await html('Call :phone[helpline] or email :email[helpline].');
		expect(out).toContain(`>${helpline.phone}</a>`);
		expect(out).toContain(`href="mailto:${helpline.email}"`);
	});

	it('gives the helpline’s hours and reply time from the data file', async () => {
		const out = await html('Open :helpline[hours]; replies :helpline[response-aim].');
		expect(out).toContain(`replies within ${helpline.responseAimHours} hours.`);
		expect(out).toMatch(/Open \w+ to \w+, \d+(am|pm) to \d+(am|pm) \(UK time\)/);
	});

	it('refuses an unknown helpline fact', async () => {
		expect(await failure('Open :helpline[weekends].')).toMatch(/Unknown helpline fact "weekends".*Allowed: hours/);
	});

	it('refuses an unknown service id and lists the ids allowed', async () => {
		const message = await failure('Report it to :service[ceopp].');
		expect(message).toMatch(/Unknown service id "ceopp"/);
		expect(message).toContain('childline');
	});

	it('refuses a phone number for a service that has none', async () => {
		expect(await failure('Call :phone[ceop].')).toMatch(/has no phone number/);
	});
});

describe('remark-reject-unknown-directives', () => {
	it('leaves times and colons in ordinary prose alone', async () => {
		const out = await html('Open 10:00 to 4:30pm. Note:this stays.');
		expect(out).toContain('10:00 to 4:30pm. Note:this stays.');
	});

	it('refuses a misspelt callout', async () => {
		expect(await failure(':::safegaurding\nText\n:::')).toMatch(/Unknown directive ":::safegaurding"/);
	});

	it('refuses a misspelt service directive', async () => {
		expect(await failure('Call :servce[ceop].')).toMatch(/Unknown directive ":servce"/);
	});
});

describe('remark-snippets', () => {
	it('puts a snippet in place, through the same plugins as the page', async () => {
		const out = await html('## Evidence {#evidence}\n\n::snippet[never-capture]\n\nKeep the link.');
		expect(out).toContain('data-callout="warning"');
		expect(out).toMatch(/href="[^"]*ceop[^"]*"/i);
		expect(out.indexOf('data-callout="warning"')).toBeLessThan(out.indexOf('Keep the link.'));
	});

	it('refuses an unknown snippet and lists the ones that exist', async () => {
		expect(await failure('::snippet[never-captur]')).toMatch(/Unknown snippet "never-captur".*never-capture/);
	});

	it('renders every snippet in content/snippets/', async () => {
		for (const name of snippetNames()) expect((await html(`::snippet[${name}]`)).length, name).toBeGreaterThan(50);
	});
});
