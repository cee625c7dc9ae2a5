import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index';
import type { SearchPage } from '../../src/search/document';
import { SearchEngine } from '../../src/search/engine';
import { askedAnchors, SECTION_SENSES } from '../../src/search/section-senses';

/** An engine over just these pages. */
async function engineOver(searchPages: SearchPage[]): Promise<SearchEngine> {
	const { payload, shards } = await buildSearchIndex(searchPages);
	return new SearchEngine(payload, shards);
}

const firstSection = (engine: SearchEngine, query: string) => {
	const outcome = engine.search(query);
	return outcome.status === 'results' ? outcome.pages[0]?.sections[0]?.anchor : undefined;
};

describe('what kind of section a query asks for', () => {
	it('reads the question words, not the topic', () => {
		expect(askedAnchors('is it illegal for a 15 year old to send a selfie')).toContain('the-law');
		expect(askedAnchors('is posting abuse about a teacher a criminal offence')).toContain('crime');
		expect(askedAnchors('should we screenshot the messages')).toContain('evidence');
		expect(askedAnchors('who does what when staff are harassed online')).toContain('roles');
		expect(askedAnchors('who do we tell in Scotland')).toContain('uk-nations');
		expect(askedAnchors('restrict comments on our page')).toContain('block-and-limit');
		expect(askedAnchors('what info to give the helpline')).toContain('what-to-include');
		// Most queries ask for no kind of section.
		expect(askedAnchors('fake insta account with our logo').size).toBe(0);
		expect(askedAnchors('nudes year 8').size).toBe(0);
	});

	it("reads a member of staff named as an abuser, and images of children on a device, as asking for the allegation outcome's own sections (session 37)", () => {
		expect(askedAnchors('a parent posted that our pe teacher is a nonce')).toContain('named-online');
		expect(askedAnchors('calling miss a paedo on snapchat')).toContain('named-online');
		expect(askedAnchors('IT found indecent images on a teacher laptop')).toContain('child-abuse-images');
		expect(askedAnchors('a pupil left his pedometer in the pe office')).not.toContain('named-online');
		expect(askedAnchors('a teacher messaging a year 9 on snapchat').size).toBe(0);
	});

	it('reads "is that safeguarding", "safeguarding or not" as asking whether it is a safeguarding matter (session 44)', () => {
		for (const query of ['year 5 boy gaming till 3am, is that safeguarding', 'is it a safeguarding issue or just parenting', 'safeguarding concern or not?', 'does this count as safeguarding']) expect(askedAnchors(query), query).toContain('safeguarding-or-not');
		for (const query of ['our safeguarding policy needs updating', 'who is the safeguarding lead', 'safeguarding training for new staff']) expect(askedAnchors(query), query).not.toContain('safeguarding-or-not');
	});

	it('reads an age limit, and what is needed before ringing, as asking for the age rules and what to include (session 51)', () => {
		for (const query of ['year 4s on tiktok under 13', "it's meant to be 13 plus", 'what is the minimum age for whatsapp', 'is he old enough for snapchat']) expect(askedAnchors(query), query).toContain('age-rules');
		for (const query of ['info needed before ringing helpline', 'what details to have before we call']) expect(askedAnchors(query), query).toContain('what-to-include');
		for (const query of ['our under 13s football team chat', 'a 13 year old sent a nude', 'we rang the helpline before lunch']) {
			expect(askedAnchors(query).has('what-to-include'), query).toBe(false);
		}
		expect(askedAnchors('a 13 year old sent a nude').has('age-rules')).toBe(false);
	});

	it('reads what the helpline "needs from us" as asking what to include (session 52), not what a pupil needs', () => {
		for (const query of ['what do you actually need from us in the email?', 'what does the helpline need from me before it can help']) expect(askedAnchors(query), query).toContain('what-to-include');
		for (const query of ['what support does a pupil need after a nude is shared', 'the pupils need from us a clear message']) expect(askedAnchors(query).has('what-to-include'), query).toBe(false);
	});

	it("reads an adult's partner or ex-partner as asking for the part about one (session 51), not a pupil's boyfriend", () => {
		for (const query of ['a colleague thinks her estranged husband is reading her texts', 'my partner put an app on my phone', 'TA says her ex-partner turns up wherever she is', 'is this domestic abuse']) expect(askedAnchors(query), query).toContain('domestic-abuse');
		for (const query of ["an S5 girl's boyfriend makes her share her location", 'our partner schools share a filtering system', 'year 9 girl tracking her ex on snap map']) expect(askedAnchors(query).has('domestic-abuse'), query).toBe(false);
	});

	it('reads a time when school is closed as asking what to do out of hours (session 36)', () => {
		expect(askedAnchors("it's saturday night and she posted a goodbye message")).toContain('out-of-hours');
		expect(askedAnchors('pupil posted this at 11pm, who do i ring tonight')).toContain('out-of-hours');
		expect(askedAnchors('the helpline is shut at the weekend')).toContain('when-closed');
		expect(askedAnchors('pupil posted a goodbye message in the group chat').has('out-of-hours')).toBe(false);
		expect(askedAnchors('time spent on screens').has('out-of-hours')).toBe(false);
	});

	it('reads how long a platform takes, and whether it tells anyone, as asking what happens after a report (session 70)', () => {
		for (const query of ['how long does tiktok take to remove a video', 'how quickly will instagram take it down', 'will instagram tell him i reported it', 'what happens after we report it to snapchat', 'does youtube tell the person who reported them']) expect(askedAnchors(query), query).toContain('what-happens-next');
		// How long to wait is the wait's own question, and "how long" about something else is not this.
		for (const query of ['how long do we wait before contacting the helpline', 'how long should i keep the screenshots', 'a year 7 has been on tiktok how long a day']) expect(askedAnchors(query).has('what-happens-next'), query).toBe(false);
	});

	it('reads a night of the week, written any way, as out of hours (session 40)', () => {
		for (const query of ["it's friday night and a learner posted that she wants to end it all", 'suicidal pupil sat night no dsl', 'sunday night message from a year 9']) expect(askedAnchors(query), query).toContain('out-of-hours');
		expect(askedAnchors('pupils were up all night on their phones').has('out-of-hours')).toBe(false);
		expect(askedAnchors('the year 9 parents evening is on thursday').has('out-of-hours')).toBe(false);
	});

	it('reads asking whether anyone in a nation is there to tell, or what is expected there, as asking who to tell (session 41)', () => {
		for (const query of ['we are a primary in County Down, is there anyone at the EA we should be telling?', 'who should we be contacting here', "what's expected of us in Wales, we're a youth club", 'who else supports staff when pupils post about them']) expect(askedAnchors(query), query).toContain('uk-nations');
		expect(askedAnchors('is there anything on new apps').has('uk-nations')).toBe(false);
		expect(askedAnchors('what is expected behaviour on the class chat').has('uk-nations')).toBe(false);
	});

	it("reads asking for the guidance or the procedures as asking for each nation's part, but not a guidance teacher (session 42)", () => {
		for (const query of ['what is the child-on-child abuse guidance in NI?', 'statutory guidance on nudes in wales', 'what are the procedures in scotland for a referral']) expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ["told her guidance teacher she's being bullied on snapchat", 'the guidance staff think it is low level', 'our guidance base has a new phone policy']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it("reads the helpline not answering, or a time late in the day, as asking what to do when it is closed (session 42)", () => {
		for (const query of ["it's gone 4 on a friday and the helpline isn't answering", 'DSL and head not answering, what now', 'nobody is picking up at the helpline', 'the helpline is closed, who else']) expect(askedAnchors(query), query).toContain('when-closed');
		for (const query of ['it has gone 3 days and tiktok has not replied', 'gone 2 weeks and the post is still up', 'she is not answering questions in class']) expect(askedAnchors(query).has('when-closed'), query).toBe(false);
	});

	it('reads a time in the small hours as asking what to do out of hours, but not "I am 12, am I" (session 43)', () => {
		for (const query of ['pupil self harm posts at 2am', 'got a message at 3 am from a year 10', 'found it at midnight', 'in the early hours a girl posted this']) expect(askedAnchors(query), query).toContain('out-of-hours');
		for (const query of ['i am 12 am i allowed snapchat', 'she is 5 am i right to worry', 'the 8am bus']) expect(askedAnchors(query).has('out-of-hours'), query).toBe(false);
	});

	it('reads whether the police must be told as asking for the part on referring to the police (session 53)', () => {
		for (const query of ["Do we have to tell the police if a year 10 boy's nudes are being AirDropped round the school bus?", 'a year 6 sent a topless photo, do we have to call the police?', 'should we involve the police or handle it in school', 'is it a police matter']) expect(askedAnchors(query), query).toContain('refer-at-once');
		for (const query of ['the police have been told already', 'a police officer came to our assembly', 'we told the police yesterday and they came in']) expect(askedAnchors(query).has('refer-at-once'), query).toBe(false);
	});

	it("reads who else in a nation to speak to, and whether anything there covers it, as asking for each nation's part (session 53)", () => {
		for (const query of ['who else in NI should we be speaking to, the EA?', 'is there anything in Wales that covers this?', 'is there something that covers it in scotland', 'should the governors or the local authority get involved?']) expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['does the insurance cover it', 'the parents got involved in the chat', 'should pupils be involved in writing the policy']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it("reads a choice between the police and another body as asking who to tell, but not 'the police or not' (session 58)", () => {
		for (const query of ['a year 8 posted a knife threat, should we call dyfed powys police or social services?', 'do I phone the PSNI first or go through the Gateway team', 'do we contact the police or the council']) expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['do we ring the police or not', 'the police or the platform, which is quicker to remove it', 'should I tell the police? or wait for the parents']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it("reads 'who at the council should we speak to' as asking who to tell, but not who at the school did what (session 59)", () => {
		for (const query of ['who at the council or GTCS should we speak to?', 'who from the education authority do we talk to about this', 'who at the local authority can I go to']) expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['who at the school posted it', 'who from the year group should we speak to first', 'who at the council approved the mast']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it("reads a nation's guidance named by its title as asking for each nation's part, but not KCSIE alone (session 53)", () => {
		for (const query of ['What does Keeping Learners Safe say about nudes being swapped between learners?', 'does Respect for All cover name-calling in a P7 group chat', 'is there a Scottish version of the UKCIS nudes advice', 'what does co-operating to safeguard children say about online abuse']) expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['peer sexual comments online kcsie', 'we are working together with parents on phones', 'respect for all pupils in the class chat']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it("reads which team to phone, who to go to, and a bare \"who?\" at the end, as asking who to tell (session 53)", () => {
		for (const query of ['Which team do I phone in Cardiff if a man online has been asking one of our Year 5s to meet him at the park?', 'pupil unsafe at home, wales, who?', 'who do we go to in Wales, the regional safeguarding board?', 'who do i phone about a fake account']) expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['the pupil who posted it', 'which team do they play for', 'we phoned the parents, who were upset', 'doctor who']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it("reads who else to turn to, and a nation's own law or rules, as asking for each nation's part; out of hours, for the part for when the helpline is closed (session 43)", () => {
		for (const query of ['Apart from the helpline, who else can I ring in Scotland?', 'who else to ask scotland online safety', 'Who in Wales can we turn to for support', 'Do we go to the PSNI or the Gateway team?', 'does the addressing bullying in schools act cover the weekend', 'cyber bullying ni schools act', "we're in wales, whats the rules on bullying here", 'a list of local contacts in NI', 'worried about a p6 pupil, who do I pass it to in Glasgow']) expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['who else is in the group chat', 'the teacher who else saw it', 'do we have to tell parents', 'should i report it to tiktok']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
		expect([...askedAnchors("it's gone 4 on a friday and the helpline isn't answering, who else can I contact")]).not.toContain('uk-nations');
	});

	it("reads whether a body there needs to know, someone else, other contacts and going anywhere outside school as asking for each nation's part (session 54)", () => {
		for (const query of [
			'does the GTCS or the council need to know?',
			'he wants to know if the GTCS needs to be told',
			'do we need to tell the EWC?',
			'Do we go to the Board of Governors, the EA, or someone else?',
			'who else in NI should we involve?',
			'who are the other Scottish contacts we should have on the staffroom wall',
			'whether it has to go anywhere outside school in Wales',
			'does the council have anyone who deals with this',
			'What does the Department of Education in NI say about harmful sexual behaviour?',
			'canllawiau sharing nudes ysgolion',
		])
			expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['does her mum need to know', 'someone else made the account', 'the phone contacts were copied', 'the pupil went to the park', 'what does this emoji say']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it('reads asking whether to act at all, or to leave it, as asking for the part on what is often best left alone (session 54)', () => {
		for (const query of ['do we respond or is it best to leave it', 'Do we ignore it, block him, or report it?', 'should we just leave it', 'do we need to do anything?', 'is this worth reporting, or should we just leave it'])
			expect(askedAnchors(query), query).toContain('low-level');
		for (const query of ['my principal says to ignore it, who can help me', 'is there anything we can do about the fake ticket seller', 'she told him to leave it alone']) expect(askedAnchors(query).has('low-level'), query).toBe(false);
	});

	it("reads who deals with it, who else we can involve, anyone who helps, a nation's contacts and help besides POSH as asking for each nation's part (session 62)", () => {
		for (const query of ['Who deals with this in Scotland?', 'who else in Wales we can involve', 'Does the EA have anyone who helps with this?', 'parents slating principal fb ni contact', 'scotland online safety advice besides posh'])
			expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ['who deals with the post at the school', 'the teacher who helped her', 'she copied his contacts', 'besides the video there were photos']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it("reads when to call the police as asking for the police's part, but not a story of when the police came (session 62)", () => {
		for (const query of ['ex parent harassing staff when police', 'when should we involve the police', 'when to call police about a parent']) expect(askedAnchors(query), query).toContain('police-now');
		for (const query of ['when police arrived the boy had gone', 'when the police came to school he cried']) expect(askedAnchors(query).has('police-now'), query).toBe(false);
	});

	it('reads an evening, an account that keeps coming back, and looking after someone as asking for those parts (session 62)', () => {
		expect(askedAnchors('emailed helpline friday evening when reply')).toContain('when-closed');
		for (const query of ['stop fake accounts reappearing?', 'the fake account keeps coming back', 'they just made a new account']) expect(askedAnchors(query), query).toContain('repeat-accounts');
		for (const query of ['pupil refusing school after online bullying', 'How do I look after her now?', 'our teacher is off sick since the video']) expect(askedAnchors(query), query).toContain('support');
		for (const query of ['how do I look after the school account', 'refusing to delete the video', 'report the account']) expect(askedAnchors(query).has('support'), query).toBe(false);
	});

	it("reads whether it is the school's job, how it is handled here, who she should speak to, and 'or contact' a local body as asking for each nation's part (session 63)", () => {
		for (const query of ["is that the school's job or the parents' in Scotland?", "is it the school's duty under the NI bullying law", 'the head wants to know how this is handled in Wales and who she should speak to', 'do we respond publicly or contact the local authority in Scotland first?', 'reply on facebook or tell the EA'])
			expect(askedAnchors(query), query).toContain('uk-nations');
		for (const query of ["the school's job fair is on friday", 'how it is done on snapchat', 'she should speak to her mum', 'parent or contact details of the council officer', 'or contact the council about the bins for us']) expect(askedAnchors(query).has('uk-nations'), query).toBe(false);
	});

	it('does not read "age limit" as limiting someone', () => {
		expect(askedAnchors('age limit for roblox').has('block-and-limit')).toBe(false);
		expect(askedAnchors('how do i limit who can message me').has('block-and-limit')).toBe(true);
	});

	it('names only anchors, each sense at least one', () => {
		for (const sense of SECTION_SENSES) {
			expect(sense.anchors.length).toBeGreaterThan(0);
			for (const anchor of sense.anchors) expect(anchor).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		}
	});
});

// Each test builds an index with the site's act-now file: slow on a busy machine (5 s timed out under load).
describe('choosing the section a result opens at', { timeout: 30_000 }, () => {
	// "Report a comment" holds "comments" in its heading; "Block and limit" holds none of the query's
	// words in its heading ("restrict" is not "limit"), only in its text.
	const page: SearchPage = {
		url: '/platforms/example/',
		title: 'Example app',
		kind: 'Platform',
		summary: 'How to report, block and limit on the example app.',
		aka: [],
		intro: '',
		sections: [
			{ anchor: 'report-a-comment', heading: 'Report a comment', text: 'Press and hold the comment, then choose Report. Comments that break the rules are removed.' },
			{ anchor: 'block-and-limit', heading: 'Block and limit', text: 'You can restrict an account, so what it writes on your page is seen by nobody else.' },
		],
	};
	const other: SearchPage = { url: '/guides/other/', title: 'Keeping evidence', kind: 'Guide', summary: 'What to keep and how.', aka: [], intro: '', sections: [] };

	it('lists the section of the kind the question asks for first', async () => {
		const engine = await engineOver([other, page]);
		expect(firstSection(engine, 'restrict comments on our page')).toBe('block-and-limit');
		// Without the senses, the section whose heading holds a word of the query came first.
		const without = await engineOver([other, page]);
		without.senses = [];
		expect(firstSection(without, 'restrict comments on our page')).toBe('report-a-comment');
	});

	it('leaves the choice alone when the query asks for no kind of section', async () => {
		const engine = await engineOver([other, page]);
		expect(firstSection(engine, 'abusive comments on our page')).toBe('report-a-comment');
	});

	it('does not overrule a section whose own heading answers the question much better', async () => {
		// "Who does what" asks for roles, but "evidence" is in the query and in the other heading in full.
		const guide: SearchPage = {
			url: '/guides/example-staff/',
			title: 'Harassment of staff',
			kind: 'Guide',
			summary: 'When pupils harass a member of staff online.',
			aka: [],
			intro: '',
			sections: [
				{ anchor: 'roles', heading: 'Who does what', text: 'The head, the DSL and the member of staff each have a part.' },
				{ anchor: 'keeping-evidence', heading: 'Keeping evidence of harassment', text: 'Keep evidence of the harassment: screenshots with dates.' },
			],
		};
		const engine = await engineOver([other, guide]);
		expect(firstSection(engine, 'who does what about keeping evidence of harassment')).toBe('keeping-evidence');
	});
});
