import { expect, test } from '@playwright/test';
import { choose, flow, waitForHydration } from './wizard-helpers';

/**
 * Teachers' real problems, walked in the browser by answer, with where each should end. The same
 * table is in docs/wizard.md with the reasoning. Ids, not words, so copy edits do not break it.
 */
const N = ['is-anyone-in-immediate-danger', 'nobody-is-in-danger'] as const;
const NONE = ['does-it-involve-any-of-these', 'none-of-these'] as const;
const SCENARIOS: { problem: string; answers: (readonly [string, string])[]; outcome: string }[] = [
	{ problem: 'A pupil is about to meet a man from Roblox; the teacher is unsure if that is “immediate”', answers: [['is-anyone-in-immediate-danger', 'not-sure']], outcome: 'immediate-danger' },
	{ problem: 'A nude of a Year 10 girl is going round a group chat', answers: [N, ['does-it-involve-any-of-these', 'sexual-image-of-under-18']], outcome: 'sexual-images-of-under-18s' },
	{ problem: 'An adult keeps messaging a Year 7 pupil on Discord, asking for photos', answers: [N, ['does-it-involve-any-of-these', 'adult-contacting-a-child']], outcome: 'adult-contacting-a-child' },
	{ problem: 'A boy is being told to pay or his nudes will be shared', answers: [N, ['does-it-involve-any-of-these', 'threats-or-blackmail']], outcome: 'threats-blackmail-or-sextortion' },
	{ problem: 'A pupil posted “I can’t go on”; the teacher is unsure which box it fits', answers: [N, ['does-it-involve-any-of-these', 'not-sure']], outcome: 'possible-safeguarding-concern' },
	{ problem: 'A fake Instagram account uses the school logo', answers: [N, NONE, ['what-is-happening', 'fake-account'], ['who-is-it-about', 'the-school'], ['has-it-been-reported', 'not-yet'], ['where-is-it-happening', 'instagram']], outcome: 'report-impersonation-of-the-school' },
	{ problem: 'A fake TikTok account pretends to be Mr Jones', answers: [N, NONE, ['what-is-happening', 'fake-account'], ['who-is-it-about', 'a-member-of-staff'], ['has-it-been-reported', 'not-yet'], ['where-is-it-happening', 'tiktok']], outcome: 'report-impersonation-of-staff' },
	{ problem: 'Pupils’ TikTok mocking a teacher, reported three days ago and still up', answers: [N, NONE, ['what-is-happening', 'posts-or-comments'], ['who-is-it-about', 'a-member-of-staff'], ['has-it-been-reported', 'more-than-48-hours-ago']], outcome: 'escalate-to-the-helpline' },
	{ problem: 'Racist comments under the school’s YouTube video, reported yesterday', answers: [N, NONE, ['what-is-happening', 'hateful-content'], ['has-it-been-reported', 'less-than-48-hours-ago']], outcome: 'wait-for-the-platform' },
	{ problem: 'A parent posts hostile Google reviews naming a teacher; a colleague may have reported them', answers: [N, NONE, ['what-is-happening', 'posts-or-comments'], ['who-is-it-about', 'a-member-of-staff'], ['has-it-been-reported', 'not-sure'], ['where-is-it-happening', 'google']], outcome: 'report-posts-about-staff-or-school' },
	{ problem: 'Classmates humiliate a pupil in a game the site does not cover', answers: [N, NONE, ['what-is-happening', 'posts-or-comments'], ['who-is-it-about', 'a-pupil'], ['has-it-been-reported', 'not-yet'], ['where-is-it-happening', 'another-game']], outcome: 'report-bullying-of-a-pupil' },
	{ problem: 'The head’s Facebook account was hacked and posts scam links', answers: [N, NONE, ['what-is-happening', 'hacked-account']], outcome: 'hacked-account' },
	{ problem: 'Parents are panicking about a “challenge” on WhatsApp', answers: [N, NONE, ['what-is-happening', 'harmful-challenge']], outcome: 'harmful-challenge-or-hoax' },
	{ problem: 'A teacher’s ex shared an intimate image of her', answers: [N, NONE, ['what-is-happening', 'intimate-image-of-an-adult']], outcome: 'intimate-image-of-an-adult' },
	{ problem: 'The school office got a fake invoice email', answers: [N, NONE, ['what-is-happening', 'scam-or-fraud']], outcome: 'scam-or-fraud' },
	{ problem: 'A governor is impersonated on X; the teacher is not sure who counts', answers: [N, NONE, ['what-is-happening', 'fake-account'], ['who-is-it-about', 'not-sure'], ['has-it-been-reported', 'not-yet'], ['where-is-it-happening', 'x']], outcome: 'report-impersonation' },
	{ problem: 'Two problems at once: a fake account of a pupil that posts her nude images', answers: [N, ['does-it-involve-any-of-these', 'sexual-image-of-under-18']], outcome: 'sexual-images-of-under-18s' },
	{ problem: 'An app seems to track pupils’ locations; the teacher cannot name the problem', answers: [N, NONE, ['what-is-happening', 'not-sure']], outcome: 'ask-the-helpline' },
];

for (const { problem, answers, outcome } of SCENARIOS) {
	test(`${problem} → ${outcome}`, async ({ page }) => {
		await page.goto('/report/');
		await waitForHydration(page);
		for (const [question, answer] of answers) await choose(page, question, answer);
		const kind = flow.outcomes.find((o) => o.id === outcome)!.kind;
		await expect(page.getByRole('main')).toHaveAttribute('data-outcome-kind', kind);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.outcomes.find((o) => o.id === outcome)!.title);
	});
}
