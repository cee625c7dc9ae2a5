import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpline } from '../../src/data/helpline';
import { contentErrorsIn } from '../../src/markdown/guard';
import { markdownPipeline } from '../../src/markdown/plugins';
import { actNowBoxHtml } from '../../src/markdown/rehype-act-now-box';
import { snippetNames } from '../../src/markdown/remark-snippets';

const processor = await createMarkdownProcessor(markdownPipeline);

async function html(markdown: string): Promise<string> {
	return (await processor.render(markdown)).code;
}

/** A failing plugin leaves a marker in the page (src/markdown/guard.ts): its message. */
async function failure(markdown: string): Promise<string> {
	const [error] = contentErrorsIn(await html(markdown));
	if (error === undefined) throw new Error('expected the Markdown to fail');
	return error;
}

describe('remark-reject-gfm-extras (GFM tables, and none of GFM\'s other additions)', () => {
	it('renders a table', async () => {
		const out = await html('| Nation | Police |\n| --- | --- |\n| Scotland | 101 |');
		expect(out).toContain('<table>');
		expect(out).toContain('<td>Scotland</td>');
	});

	it('refuses what full GFM would have read differently, naming the line and what to write instead', async () => {
		expect(await failure('Intro.\n\nSee www.example.org for more.')).toMatch(/^line 3: .*"www\.example\.org".*\[what it is\]\(https:\/\/www\.example\.org\)/);
		expect(await failure('See https://example.org/a.')).toContain('<https://example.org/a>');
		expect(await failure('Email someone@example.org today.')).toContain('mailto:someone@example.org');
		expect(await failure('It was ~~wrong~~ right.')).toContain('Strikethrough');
		expect(await failure('A claim.[^1]')).toContain('Footnotes');
		expect(await failure('- [ ] check the settings\n- [x] tell the DSL')).toContain('Task-list');
	});

	it('leaves addresses written as links, tildes and brackets in ordinary prose alone', async () => {
		for (const markdown of ['See [the guide](https://example.org).', 'See <https://example.org>.', 'About ~10 minutes.', 'Choose [one] of these.', '- [Report Remove](https://example.org)']) {
			expect(contentErrorsIn(await html(markdown)), markdown).toEqual([]);
		}
	});
});

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
	it('gives a box with {#id} that anchor, and its title a copy link, without adding a heading', async () => {
		const out = await html(':::safeguarding[If someone filmed a pupil secretly]{#hidden-camera}\nTell your DSL now.\n:::');
		expect(out).toMatch(/<div class="callout callout--safeguarding" data-callout="safeguarding" id="hidden-camera"><p class="callout__title">If someone filmed a pupil secretly <a class="self-link" href="#hidden-camera" data-copy-link="">/);
		expect(out).toContain('<span class="visually-hidden">Copy link to box: If someone filmed a pupil secretly</span>');
		expect(out).not.toMatch(/<h[1-6]/);
		expect(out).not.toContain('{#');
		const { metadata } = await processor.render(':::warning{#do-not-view}\nNever screenshot it.\n:::\n\n## What to do\n\nText.');
		expect(metadata.headings.map((heading) => heading.slug)).toEqual(['what-to-do']);
		expect(await html(':::tip{#a-tip}\nA username works.\n:::')).toMatch(/<div class="callout callout--tip" data-callout="tip" id="a-tip"><p class="callout__title">[^<]+ <a class="self-link" href="#a-tip"/);
	});

	it('gives a box without {#id} no anchor and no copy link', async () => {
		const out = await html(':::safeguarding[Act now]\nTell your DSL now.\n:::');
		expect(out).not.toContain(' id=');
		expect(out).not.toContain('self-link');
	});

	it('refuses a box anchor with capitals or spaces, naming what is allowed', async () => {
		expect(await failure(':::safeguarding[Act now]{#Hidden_Camera}\nText.\n:::')).toMatch(/line 1: Box anchor \{#Hidden_Camera\} is not allowed: use lower-case letters, digits and hyphens/);
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

describe('rehype-heading-links, the section link’s name', () => {
	it('names each section link after what it copies', async () => {
		const out = await html('## Who must report {#who-must-report}');
		expect(out).toMatch(/<a class="self-link" href="#who-must-report"[^>]*>.*<span class="visually-hidden">[^<]*Who must report<\/span><\/a>/);
	});
});

describe('rehype-table-regions', () => {
	const TABLE = '| Who | Where |\n|---|---|\n| A pupil | The platform |';

	it('puts a table in a focusable region named after the heading before it', async () => {
		const out = await html(`## Who must report {#who-must-report}\n\n${TABLE}`);
		expect(out).toMatch(/<div class="table-scroll" role="region" aria-label="[^"]*Who must report" tabindex="0" data-table-region="">\s*<table>/);
	});

	it('still names a table with no heading before it', async () => {
		expect(await html(TABLE)).toMatch(/<div class="table-scroll" role="region" aria-label="[^"]+" tabindex="0"/);
	});
});

describe('remark-smartypants', () => {
	const text = async (markdown: string) => (await html(markdown)).replace(/<[^>]*>/g, '');

	it('curls quotes and apostrophes the UK way', async () => {
		expect(await text(`Don't call it "banter" or 'just a joke'.`)).toBe('Don’t call it “banter” or ‘just a joke’.');
	});

	it('pairs quotes across links, bold text and inline code', async () => {
		expect(await text('Read "[sharing nudes](/guides/sharing-nudes/)" and "**never** forward it".')).toBe('Read “sharing nudes” and “never forward it”.');
		expect(await text('Type "`help`" in the box.')).toBe('Type “help” in the box.');
	});

	it('opens a quote at the start of a paragraph, heading or table cell', async () => {
		expect(await text('"Exposed" accounts')).toBe('“Exposed” accounts');
		expect(await text('## "Roast" pages')).toContain('“Roast” pages');
		expect(await text('| a |\n|---|\n| "b" |')).toContain('“b”');
	});

	it("handles a quote inside a quote, possessives and the '80s", async () => {
		expect(await text(`He said, "'Nudify' apps are not a joke."`)).toBe('He said, “‘Nudify’ apps are not a joke.”');
		expect(await text(`The pupils' phones, the school's account, rock'n'roll, the '80s.`)).toBe('The pupils’ phones, the school’s account, rock’n’roll, the ’80s.');
	});

	it('makes dashes and ellipses, and leaves code alone', async () => {
		expect(await text('Wait -- then report... or not.')).toBe('Wait — then report… or not.');
		expect(await html('Type `"quoted"` as it is.')).toContain('<code>"quoted"</code>');
	});
});

describe('rehype-numbered-steps', () => {
	it('anchors each item of a plain numbered list by its section and number, with a copy link', async () => {
		const out = await html('## Report an account {#report-an-account}\n\n1. Write down the username.\n2. Tap Report.');
		expect(out).toMatch(/<li id="report-an-account-step-1"[^>]*>Write down the username\.<a class="self-link" href="#report-an-account-step-1"/);
		expect(out).toMatch(/<li id="report-an-account-step-2"[^>]*>Tap Report\.<a class="self-link" href="#report-an-account-step-2"[\s\S]*?Copy link to step 2 of Report an account/);
	});

	it('numbers a list by its first number: a second list in a section numbered on, a list starting at 3', async () => {
		const out = await html('## Steps {#steps}\n\n1. One.\n2. Two.\n\nThen:\n\n3. Three.\n\n## More {#more}\n\n3. Third.');
		expect([...out.matchAll(/<li id="([^"]+)"/g)].map((match) => match[1])).toEqual(['steps-step-1', 'steps-step-2', 'steps-step-3', 'more-step-3']);
	});

	it('refuses a second list in a section that starts again at 1, whose links would not match its numbers', async () => {
		expect(await failure('## Steps {#steps}\n\n1. One.\n2. Two.\n\nOn a computer:\n\n1. Again.')).toMatch(/under "Steps" starts again at 1[\s\S]*up to step 2[\s\S]*number it on from 3/);
	});

	it('leaves :::steps, nested lists and bulleted lists to their own anchors', async () => {
		const out = await html('## A {#a}\n\n:::steps\n1. **Tell the DSL.** Now.\n:::\n\n- Bullet.\n\n1. Outer.\n   1. Inner.');
		expect([...out.matchAll(/<li id="([^"]+)"/g)].map((match) => match[1])).toEqual(['step-tell-the-dsl', 'a-step-1']);
	});
});

describe('rehype-act-now-box', () => {
	const BOX = ':::safeguarding[Stop and act now]\n- If anyone is in immediate danger, call 999.\n:::\n';
	const at = (path: string) => ({ fileURL: pathToFileURL(join(process.cwd(), path)) });
	const render = (markdown: string, path = 'content/guides/x.md') => processor.render(markdown, at(path));

	it('lifts a guide’s box before its first section out of the content, as a section headed #act-now with a copy link', async () => {
		const { code, metadata } = await render(`Sextortion is blackmail.\n\n${BOX}\n## In short {#in-short}\n\nReport it.`);
		const box = actNowBoxHtml(metadata.frontmatter);
		expect(box).toMatch(/^<section class="callout callout--safeguarding act-now"[^>]* aria-labelledby="act-now" data-act-now-box="">/);
		expect(box).toMatch(/<div class="heading-wrapper heading-wrapper--h2"><h2 id="act-now" class="callout__title">Stop and act now<\/h2><a class="self-link" href="#act-now" data-copy-link="">/);
		expect(box).toContain('call 999');
		// In the page once: the content keeps its intro and sections, without the box.
		expect(code).not.toContain('callout--safeguarding');
		expect(code).toContain('<p>Sextortion is blackmail.</p>');
		expect(metadata.headings.map((heading) => heading.slug)).toEqual(['in-short']);
	});

	it('lifts a platform page’s box too, with the default title when it has none', async () => {
		const { code, metadata } = await render(':::safeguarding\n- Call 999.\n:::\n\n## In short {#in-short}\n\nReport it.', 'content/platforms/x.md');
		expect(actNowBoxHtml(metadata.frontmatter)).toMatch(/<h2 id="act-now" class="callout__title">Act now if a child may be at risk<\/h2>/);
		expect(code).not.toContain('data-callout="safeguarding"');
	});

	it('leaves a box after the first section, other callouts, and other pages (wizard outcomes, snippets) as they are', async () => {
		const late = await render(`## In short {#in-short}\n\nWait.\n\n${BOX}`);
		expect(actNowBoxHtml(late.metadata.frontmatter)).toBeUndefined();
		expect(late.code).toContain('<p class="callout__title">Stop and act now</p>');
		const tip = await render(':::tip\nA username works.\n:::\n\n## In short\n\nText.');
		expect(actNowBoxHtml(tip.metadata.frontmatter)).toBeUndefined();
		const outcome = await render(`${BOX}\n## What to do\n\nText.`, 'content/wizard/outcomes/x.md');
		expect(actNowBoxHtml(outcome.metadata.frontmatter)).toBeUndefined();
		expect(outcome.code).toContain('callout--safeguarding');
		expect(actNowBoxHtml((await processor.render(`${BOX}\n## A\n\nText.`)).metadata.frontmatter)).toBeUndefined();
	});

	it('refuses an {#id} on the lifted box, which has #act-now already', async () => {
		const [error] = contentErrorsIn((await render(`:::safeguarding[Stop and act now]{#stop}\n- Call 999.\n:::\n\n## In short\n\nText.`)).code);
		expect(error).toMatch(/x\.md:1:\d+: The act-now box .* already has the anchor #act-now: remove its \{#stop\}/);
	});

	it('refuses another heading with the box’s anchor, naming the line', async () => {
		const [error] = contentErrorsIn((await render(`${BOX}\n## In short\n\nText.\n\n## Act now {#act-now}\n\nMore.`)).code);
		expect(error).toMatch(/x\.md:\d+:\d+: The anchor #act-now is kept for the page's act-now box/);
	});
});
