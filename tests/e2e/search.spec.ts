import { expect, type Page, test } from '@playwright/test';
import actNow from '../../content/data/act-now.json' with { type: 'json' };
import { accessibilityViolations } from './accessibility';

const targetOf = (concept: string) => actNow.concepts.find((c) => c.id === concept)?.target;

const results = (page: Page) => page.locator('[data-search-results]');
const status = (page: Page) => page.locator('[data-search-status]');

test.describe('search with JavaScript', () => {
	test('shows results for ?q= on arrival, with a section deep link and a count for screen readers', async ({ page }) => {
		await page.goto('/search/?q=report+impersonation+on+instagram');
		const first = results(page).getByRole('listitem').first();
		await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', '/platforms/instagram/');
		await expect(first.locator('a[href="/platforms/instagram/#report-impersonation"]')).toBeVisible();
		await expect(first.locator('mark').first()).toBeVisible();
		await expect(status(page)).toHaveAttribute('role', 'status');
		await expect(status(page)).toHaveText(/^\d+ pages? match/);
	});

	test('updates as the user types, keeps the address shareable, and arrow keys reach the results', async ({ page }) => {
		await page.goto('/search/');
		const box = page.getByRole('main').getByRole('searchbox');
		await box.pressSequentially('sextor');
		await expect(results(page).getByRole('link', { name: /sextortion/i }).first()).toBeVisible();
		await expect(page).toHaveURL(/\/search\/#q=sextor$/);
		await box.press('ArrowDown');
		const firstLink = results(page).locator('a[href]').first();
		await expect(firstLink).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(results(page).locator('a[href]').nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(box).toBeFocused();
		await box.press('ArrowDown');
		const href = await firstLink.getAttribute('href');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href}$`));
	});

	test('finds pages from misspellings, synonyms and aka terms', async ({ page }) => {
		for (const [query, href] of [
			['instagarm', '/platforms/instagram/'],
			['tik tok', '/platforms/tiktok/'],
			['twitter', '/platforms/x/'],
			['spoof account', '/guides/impersonation/'],
		]) {
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			await expect(results(page).locator('h3 a').first(), query).toHaveAttribute('href', href);
		}
	});

	test('a word that matches nothing is read as a close word, and the note names it as the pages write it', async ({ page }) => {
		await page.goto(`/search/#q=${encodeURIComponent('dangrous challange')}`);
		const note = results(page).locator('.search-results__correction');
		await expect(note).toBeVisible();
		await expect(results(page).locator('.search-result__snippet mark').first()).toBeVisible();
		// Each word the note names is a word of the results shown, not an index term such as "chaleng".
		const named = [...((await note.textContent()) ?? '').matchAll(/“([^”]+)”/g)].map((match) => match[1]);
		expect(named.length).toBeGreaterThan(0);
		const shown = ((await results(page).locator('.search-results__list').textContent()) ?? '').toLowerCase();
		for (const word of named) expect(shown).toMatch(new RegExp(`\\b${word}\\b`));
	});

	// Odd input (one letter, punctuation, emoji, regex characters, HTML, 2,000 characters) is in robustness.spec.ts.

	test('an empty search shows every topic, platform and the helpline', async ({ page }) => {
		await page.goto('/search/?q=');
		await expect(page.locator('[data-search-listing]')).toBeVisible();
		await expect(page.locator('[data-search-listing] a[href="/helpline/"]')).toBeVisible();
	});

	test('a header search sends no request holding what was typed, and keeps the words in the fragment', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
		// Words that would only appear in a request if something sent what was typed.
		const query = 'zanzibarquoll nudes year 9';
		await page.goto('/guides/impersonation/');
		const header = page.getByRole('banner').getByRole('searchbox');
		await header.fill(query);
		await header.press('Enter');
		await expect(page).toHaveURL(/\/search\/#q=zanzibarquoll%20nudes%20year%209$/);
		await expect(results(page).locator('[data-act-now]')).toBeVisible();
		await page.getByRole('main').getByRole('searchbox').fill('zanzibarquoll tiktok');
		await expect(page).toHaveURL(/#q=zanzibarquoll%20tiktok$/);
		// Submitting the search page's own form (the header has no box on this page) changes only the fragment.
		const own = page.getByRole('main').getByRole('searchbox');
		await own.fill('zanzibarquoll kms');
		await own.press('Enter');
		await expect(page).toHaveURL(/\/search\/#q=zanzibarquoll%20kms$/);
		await expect(results(page).locator('[data-act-now-concept="self-harm-suicide"]')).toBeVisible();
		await page.waitForLoadState('networkidle');
		const decoded = requests.map((r) => decodeURIComponent(r.replace(/\+/g, ' ')));
		expect(decoded.filter((r) => r.includes('zanzibarquoll'))).toEqual([]);
		expect(decoded.some((r) => r.includes('/_astro/search/index.'))).toBe(true);
		// The index's shards, fetched for the words searched, are named by number, not by word.
		const shards = decoded.filter((r) => /\/_astro\/search\/index\.[0-9a-f]+\.\d+\.json /.test(r));
		expect(shards.length).toBeGreaterThan(0);
		expect(shards.filter((r) => /nude|year|tiktok|kms/.test(r))).toEqual([]);
	});

	test('says so clearly when part of the index cannot be fetched, and fetches it on the next search', async ({ page }) => {
		const shard = /\/_astro\/search\/index\.[0-9a-f]+\.\d+\.json$/;
		await page.route(shard, (route) => route.abort('internetdisconnected'));
		await page.goto(`/search/#q=${encodeURIComponent('fake account')}`);
		await expect(status(page)).toContainText('Search could not load');
		await expect(page.locator('[data-search-listing]')).toBeVisible();
		await expect(results(page).locator('li')).toHaveCount(0);
		await page.unroute(shard);
		await page.getByRole('main').getByRole('searchbox').fill('fake account on instagram');
		await expect(results(page).locator('h3 a').first()).toBeVisible();
		await expect(page.locator('[data-search-listing]')).toBeHidden();
	});

	test('a /search/?q= link still works, and the words move from the query string to the fragment', async ({ page }) => {
		await page.goto('/search/?q=tik+tok');
		await expect(results(page).locator('h3 a').first()).toHaveAttribute('href', '/platforms/tiktok/');
		await expect(page).toHaveURL(/\/search\/#q=tik%20tok$/);
		expect(await page.evaluate(() => location.search)).toBe('');
	});

	test('shows the act-now answer first, marked, above the results, when a child may be at risk', async ({ page }) => {
		await page.goto(`/search/#q=${encodeURIComponent('pupil posted that they want to end their life')}`);
		const box = page.locator('[data-act-now]');
		await expect(box).toBeVisible();
		await expect(box.getByRole('heading', { level: 2 })).toBeVisible();
		await expect(box.locator('[data-act-now-concept="self-harm-suicide"] .search-act-now__title a')).toHaveAttribute('href', targetOf('self-harm-suicide')!);
		// Its title and sentence are the page's own list's (the index does not send them): both shown.
		const listed = page.locator('[data-act-now-listing] [data-act-now-concept="self-harm-suicide"]');
		await expect(box.locator('[data-act-now-concept="self-harm-suicide"] .search-act-now__title a')).toHaveText((await listed.locator('a').textContent())!);
		await expect(box.locator('[data-act-now-concept="self-harm-suicide"] .search-act-now__summary')).toHaveText(/\w{3}/);
		// First in the page's order, before the ordinary results, and first for the keyboard.
		await expect(results(page).locator('a[href]').first()).toHaveAttribute('href', targetOf('self-harm-suicide')!);
		await expect(results(page).locator('[data-act-now] ~ ol')).toHaveCount(1);
		await expect(status(page)).toContainText(/./);
	});

	test("shows an adult's own serious case its own act-now answer first, marked as an adult's", async ({ page }) => {
		await page.goto(`/search/#q=${encodeURIComponent('pupil posted that they want to end their life')}`);
		const childHeading = await page.locator('[data-act-now]').getByRole('heading', { level: 2 }).textContent();
		await page.goto('/search/');
		await page.goto(`/search/#q=${encodeURIComponent('TA being blackmailed with her own intimate images by her ex')}`);
		const box = page.locator('[data-act-now]');
		const adultTarget = actNow.concepts.find((c) => c.id === 'sextortion-blackmail')?.adult?.target;
		await expect(box.locator('[data-act-now-adult] .search-act-now__title a').first()).toHaveAttribute('href', adultTarget!);
		await expect(results(page).locator('a[href]').first()).toHaveAttribute('href', adultTarget!);
		// Not under the child's heading, and no child's answer beside it.
		await expect(box.getByRole('heading', { level: 2 })).not.toHaveText(childHeading!);
		await expect(box.locator('[data-act-now-concept]:not([data-act-now-adult])')).toHaveCount(0);
	});

	test("names the safeguarding lead in an act-now answer as the reader's nation does, and in words true everywhere until they choose", async ({ page }) => {
		const query = `#q=${encodeURIComponent('pupil posted that they want to end their life')}`;
		// What is on screen: the other nations' titles are in the page, hidden.
		const shown = { useInnerText: true };
		const summary = () => page.locator('[data-act-now] [data-act-now-concept="self-harm-suicide"] .search-act-now__summary');
		await page.goto(`/search/${query}`);
		await expect(summary()).toContainText('safeguarding lead', shown);
		await expect(summary()).not.toContainText(/\b(DSL|DSP)\b|designated|coordinator/, shown);
		// A nation chosen in a link (and so stored): only that nation's title.
		await page.goto(`/search/?nation=wales${query}`);
		await expect(summary()).toContainText('designated safeguarding person (DSP)', shown);
		await expect(summary()).not.toContainText(/\bDSL\b|coordinator|designated teacher/, shown);
		// Kept from page to page, and changed in place when the reader chooses another nation.
		await page.goto(`/search/${query}`);
		await expect(summary()).toContainText('designated safeguarding person (DSP)', shown);
		await page.getByRole('contentinfo').getByRole('link', { name: 'Scotland', exact: true }).click();
		await expect(summary()).toContainText('child protection coordinator', shown);
		await expect(summary()).not.toContainText(/\b(DSL|DSP)\b/, shown);
	});

	test('fetches the text of a result for its snippet only when the result comes near the screen', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		const fetched = new Set<number>();
		// Each part's text (a page's own, or a section's) is a file of its own: text.<hash>.<part>.json.
		page.on('request', (request) => {
			const part = new URL(request.url()).pathname.match(/\/_astro\/search\/text\.[0-9a-f]+\.(\d+)\.json$/)?.[1];
			if (part) fetched.add(Number(part));
		});
		await page.goto('/search/#q=fake%20account');
		const items = results(page).locator('.search-results__list > li');
		await expect(items.first().locator(':scope > .search-result__snippet mark').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await items.count()).toBeGreaterThan(5);
		// Checked once: the last result, below the screen, has not asked for its text.
		const last = items.last();
		const lastParts = await last.locator('.search-result__snippet').evaluateAll((all) => all.map((snippet) => Number((snippet as HTMLElement).dataset.doc)));
		expect(lastParts.length).toBeGreaterThan(0);
		expect(lastParts.filter((part) => fetched.has(part))).toEqual([]);
		await last.scrollIntoViewIfNeeded();
		await expect(last.locator(':scope > .search-result__snippet')).not.toBeEmpty();
		expect(fetched.has(lastParts[0])).toBe(true);
	});

	test('typed letter by letter, fetches the text of a result only for results still shown once typing pauses', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		const fetched: number[] = [];
		page.on('request', (request) => {
			const number = new URL(request.url()).pathname.match(/\/_astro\/search\/text\.[0-9a-f]+\.(\d+)\.json$/)?.[1];
			if (number) fetched.push(Number(number));
		});
		// The page's clock, not the machine's: on a loaded machine a key can reach the page more than
		// the pause after the one before, and the page rightly takes that as a pause.
		await page.clock.install();
		await page.goto('/search/');
		await page.clock.pauseAt(Date.now() + 60_000);
		// Each letter searches (the page waits 120 ms after a key), as a quick typist's do: a key every 200 ms.
		const box = page.getByRole('main').getByRole('searchbox');
		for (const key of 'nudes year 8') {
			await box.press(key === ' ' ? 'Space' : key);
			await page.clock.runFor(200);
		}
		await page.clock.resume();
		await expect(results(page).locator('.search-result__snippet mark').first()).toBeVisible();
		const filled = () =>
			results(page)
				.locator('.search-result__snippet:not(:empty)')
				.evaluateAll((all) => all.map((snippet) => Number((snippet as HTMLElement).dataset.doc)));
		// Every text fetched fills a snippet of the results shown once typing paused; one fetched for a
		// half-typed word's results never would. A text still on its way when the first snippet shows is
		// waited for: 'networkidle' was reached long before, when the page loaded.
		await expect
			.poll(async () => {
				const shown = new Set(await filled());
				return [...new Set(fetched)].filter((doc) => !shown.has(doc));
			})
			.toEqual([]);
		expect(fetched.length).toBeGreaterThan(0);
		expect(new Set(await filled())).toEqual(new Set(fetched));
	});

	for (const placed of ['wholly', 'partly'] as const) {
		test(`a snippet arriving above the link a keyboard user is on does not push that link off the screen (link ${placed} on screen)`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 720 });
			// Hold back every page's text (the snippets), so they arrive after the reader has moved on.
			const held: (() => Promise<void>)[] = [];
			await page.route(/\/_astro\/search\/(?!index\.)[^/]+\.json$/, (route) => {
				held.push(() => route.continue());
			});
			await page.goto('/search/#q=fake%20account');
			const links = results(page).locator('.search-results__list a');
			await expect(links.nth(5)).toBeAttached();
			// The lowest link of the results still wholly on screen, with empty snippets above it;
			// or the one below it, half on screen at the bottom edge, as a Tab can leave it.
			const bottoms = await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect().bottom));
			const lowest = bottoms.findLastIndex((bottom) => bottom <= 720);
			expect(lowest).toBeGreaterThan(1);
			const link = links.nth(placed === 'wholly' ? lowest : lowest + 1);
			await link.evaluate((element) => element.focus({ preventScroll: true }));
			if (placed === 'partly') {
				await link.evaluate((element) => {
					const box = element.getBoundingClientRect();
					window.scrollBy(0, box.top - innerHeight + box.height / 2);
				});
				await expect(link).toBeInViewport();
				await expect(link).not.toBeInViewport({ ratio: 1 });
			} else await expect(link).toBeInViewport({ ratio: 1 });
			await expect.poll(() => held.length).toBeGreaterThan(0);
			await page.unroute(/\/_astro\/search\//);
			await Promise.all(held.map((release) => release()));
			await expect(results(page).locator('.search-result__snippet mark').first()).toBeVisible();
			await page.waitForLoadState('networkidle');
			await expect(link).toBeFocused();
			await expect(link).toBeInViewport({ ratio: 1 });
		});
	}

	test('on a phone a result’s matching sections are folded, and open with a tap', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto('/search/?q=report+impersonation+on+instagram');
		const [first, second] = [0, 1].map((n) => results(page).locator('.search-results__list > li').nth(n));
		const section = first.locator('a[href="/platforms/instagram/#report-impersonation"]');
		await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toBeVisible();
		await expect(section).toBeHidden();
		// The arrow keys skip what is folded: from the first result's title to the second's.
		await page.getByRole('main').getByRole('searchbox').press('ArrowDown');
		await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(second.getByRole('heading', { level: 3 }).getByRole('link')).toBeFocused();
		await first.locator('summary').click();
		await expect(section).toBeVisible();
	});

	test('on a wide screen a result’s matching sections are open', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/search/?q=report+impersonation+on+instagram');
		await expect(results(page).locator('a[href="/platforms/instagram/#report-impersonation"]')).toBeVisible();
	});

	test('shows no act-now answer for an ordinary search', async ({ page }) => {
		await page.goto(`/search/#q=${encodeURIComponent('how to report a fake account')}`);
		await expect(results(page).locator('h3 a').first()).toBeVisible();
		await expect(page.locator('[data-act-now]')).toHaveCount(0);
		await expect(page.locator('[data-search-no-js-note]')).toHaveCount(0);
	});

	test('shows a long query cut, and searches all of it', async ({ page }) => {
		const long = `${'worried about a pupil '.repeat(10)}sextortion`;
		await page.goto(`/search/#q=${encodeURIComponent(long)}`);
		await expect(results(page).locator('[data-act-now-concept="sextortion-blackmail"]')).toBeVisible();
		const heading = results(page).locator('.search-results__heading');
		await expect(heading).toContainText('…');
		expect((await heading.textContent())!.length).toBeLessThan(long.length);
		await expect(results(page).locator('ol h3 a[href="/guides/sextortion/"]')).toBeVisible();
	});

	test('takes a long message pasted whole into the box, and answers what its end says', async ({ page }) => {
		// A case note of about 600 characters whose last sentence is what makes it urgent.
		const note = `${'Year 9 girl, friends say she has been quiet in form time and has not handed in homework this week. '.repeat(5)}Tonight she posted on her Snapchat story that she wants to end her life.`;
		await page.goto('/search/');
		const box = page.getByRole('main').getByRole('searchbox');
		await box.fill(note);
		await expect(box).toHaveValue(note);
		await expect(results(page).locator('[data-act-now-concept="self-harm-suicide"]')).toBeVisible();
	});

	test('sends nothing off the site and stores nothing', async ({ page, baseURL }) => {
		const offSite: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(baseURL ?? '')) offSite.push(request.url());
		});
		await page.goto('/search/?q=fake+account');
		await expect(results(page).locator('mark').first()).toBeVisible();
		await page.getByRole('main').getByRole('searchbox').fill('nudes year 8');
		await expect(results(page).getByRole('heading', { name: /nudes/i }).first()).toBeVisible();
		expect(offSite).toEqual([]);
		const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
		expect(stored).toEqual({ local: 0, session: 0, cookies: '' });
	});

	test('other pages do not load the index until someone uses the search box', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/_astro/search/')) loaded.push(request.url());
		});
		await page.goto('/guides/impersonation/');
		await page.waitForLoadState('networkidle');
		expect(loaded).toEqual([]);
		await page.getByRole('banner').getByRole('searchbox').focus();
		await expect.poll(() => loaded.length).toBeGreaterThan(0);
	});

	test("leads an act-now answer to a wizard outcome's own section, which the link reaches", async ({ page }) => {
		const target = targetOf('criminal-exploitation')!;
		expect(target).toMatch(/^\/report\/outcome\/[a-z0-9-]+\/#[a-z0-9-]+$/);
		await page.goto(`/search/#q=${encodeURIComponent('county lines recruiting pupils on snapchat')}`);
		const link = page.locator('[data-act-now] [data-act-now-concept="criminal-exploitation"] .search-act-now__title a');
		await expect(link).toHaveAttribute('href', target);
		await expect(results(page).locator('a[href]').first()).toHaveAttribute('href', target);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, (c) => `\\${c}`)}$`));
		await expect(page.locator(`#${target.split('#')[1]}`)).toBeInViewport();
	});

	test("under an act-now answer that links to a whole outcome, links the part of it that matches the search, and no part under one that links to a section", async ({ page }) => {
		// The grooming answer links to the top of its outcome; a query naming Wales matches its Welsh contacts.
		const target = targetOf('grooming')!;
		expect(target).not.toContain('#');
		await page.goto(`/search/#q=${encodeURIComponent('pupil being groomed on discord wales')}`);
		const item = page.locator('[data-act-now] [data-act-now-concept="grooming"]');
		await expect(item.locator('.search-act-now__title a')).toHaveAttribute('href', target);
		const part = item.locator('.search-act-now__part a');
		await expect(part).toHaveAttribute('href', new RegExp(`^${target}#[a-z0-9-]+-wales$`));
		const anchor = (await part.getAttribute('href'))!.split('#')[1];
		await part.click();
		await expect(page.locator(`#${anchor}`)).toBeInViewport();
		// An answer that links to a section already shows no other part.
		await page.goto(`/search/#q=${encodeURIComponent('county lines recruiting pupils on snapchat')}`);
		await expect(page.locator('[data-act-now] [data-act-now-concept="criminal-exploitation"] .search-act-now__title a')).toBeVisible();
		await expect(page.locator('[data-act-now] [data-act-now-concept="criminal-exploitation"] .search-act-now__part')).toHaveCount(0);
	});

	test('under an answer that links to what to do now, links the part for the nation the query asks who to tell in (session 53)', async ({ page }) => {
		const target = targetOf('abuse-at-home')!;
		await page.goto(`/search/#q=${encodeURIComponent('pupil unsafe at home, wales, who?')}`);
		const item = page.locator('[data-act-now] [data-act-now-concept="abuse-at-home"]');
		await expect(item.locator('.search-act-now__title a')).toHaveAttribute('href', target);
		const part = item.locator('.search-act-now__part a');
		await expect(part).toHaveAttribute('href', `${target.split('#')[0]}#uk-nations-wales`);
		await part.click();
		await expect(page.locator('#uk-nations-wales')).toBeInViewport();
		// Without the question, the answer shows no other part.
		await page.goto(`/search/#q=${encodeURIComponent('pupil unsafe at home, wales')}`);
		await expect(page.locator('[data-act-now] [data-act-now-concept="abuse-at-home"] .search-act-now__title a')).toBeVisible();
		await expect(page.locator('[data-act-now] [data-act-now-concept="abuse-at-home"] .search-act-now__part')).toHaveCount(0);
	});

	test('the results page has no detectable accessibility problems, with and without an act-now answer', async ({ page }) => {
		await page.goto('/search/?q=fake+account');
		await expect(results(page).locator('mark').first()).toBeVisible();
		expect(await accessibilityViolations(page)).toEqual([]);
		await page.goto(`/search/#q=${encodeURIComponent('nudes year 9 snapchat')}`);
		await expect(results(page).locator('[data-act-now]')).toBeVisible();
		await expect(results(page).locator('mark').first()).toBeVisible();
		expect(await accessibilityViolations(page)).toEqual([]);
	});
});

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every guide, platform and the helpline', async ({ page }) => {
		await page.goto('/search/?q=anything');
		const listing = page.locator('[data-search-listing]');
		await expect(listing.locator('a[href^="/guides/"]')).not.toHaveCount(0);
		await expect(listing.locator('a[href="/platforms/tiktok/"]')).toBeVisible();
		await expect(listing.locator('a[href="/helpline/"]')).toBeVisible();
	});

	test("lists every act-now answer first, a child's and then an adult's own", async ({ page }) => {
		await page.goto('/search/?q=anything');
		const links = page.locator('[data-search-listing] [data-act-now-listing] a');
		const adults = actNow.concepts.flatMap((c) => (c.adult ? [c.adult.target] : []));
		expect(adults.length).toBeGreaterThan(0);
		expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual([...actNow.concepts.map((c) => c.target), ...adults]);
		await expect(page.locator('[data-search-listing] a').first()).toHaveAttribute('href', actNow.concepts[0].target);
		// The adults' answers under a heading of their own, not the child's.
		await expect(page.locator('[data-act-now-listing]:has([data-act-now-adult])').getByRole('heading', { level: 2 })).toBeVisible();
		await expect(page.locator('[data-act-now-listing]:has([data-act-now-adult]) [data-act-now-concept]:not([data-act-now-adult])')).toHaveCount(0);
		// The note at the top leads an adult's case straight to its answers, below the child's.
		await page.locator('.search-status--no-js').getByRole('link').click();
		await expect(page.locator('[data-act-now-listing]:has([data-act-now-adult])').getByRole('heading', { level: 2 })).toBeInViewport();
	});

	test('names the safeguarding lead in words true in every nation, never England\'s title alone', async ({ page }) => {
		await page.goto('/search/');
		const summaries = page.locator('[data-act-now-listing] .search-act-now__summary');
		const shown = await summaries.evaluateAll((all) => all.map((p) => (p as HTMLElement).innerText));
		expect(shown.some((text) => text.includes('safeguarding lead'))).toBe(true);
		for (const text of shown) expect(text).not.toMatch(/\b(DSL|DSP)\b|designated|coordinator/);
	});

	test('says next to each search box that the words typed are sent, and links to the privacy page', async ({ page }) => {
		// The home page has a large box and the header's; a guide has the header's.
		for (const path of ['/', '/guides/impersonation/']) {
			await page.goto(path);
			const forms = await page.locator('form[role="search"]').filter({ visible: true }).all();
			expect(forms.length, path).toBeGreaterThan(0);
			for (const form of forms) {
				await expect(form.locator('[data-search-no-js-note]')).toBeVisible();
				await expect(form.locator('[data-search-no-js-note] a')).toHaveAttribute('href', '/privacy/#search');
			}
		}
		await page.goto('/privacy/#search');
		await expect(page.locator('#search')).toBeVisible();
	});

	test('the search page shows no box, which could only send the words away and bring back the same list', async ({ page }) => {
		await page.goto('/search/?q=fake+account');
		// Hidden boxes are not in the accessibility tree, so getByRole does not find them.
		await expect(page.getByRole('searchbox')).toHaveCount(0);
		await expect(page.locator('[data-search-listing] [data-act-now-listing] a').first()).toBeVisible();
	});

	test("lists an act-now answer that leads to a wizard outcome's own section, and the link reaches it", async ({ page }) => {
		const target = targetOf('criminal-exploitation')!;
		expect(target).toContain('#');
		await page.goto(`/search/?q=${encodeURIComponent('county lines recruiting pupils on snapchat')}`);
		const link = page.locator(`[data-search-listing] [data-act-now-listing] [data-act-now-concept="criminal-exploitation"] a`);
		await expect(link).toHaveAttribute('href', target);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#]/g, (c) => `\\${c}`)}$`));
		await expect(page.locator(`#${target.split('#')[1]}`)).toBeInViewport();
	});
});
