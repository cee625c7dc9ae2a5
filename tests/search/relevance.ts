import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import actNow from '../../content/data/act-now.json';
import blind from './blind.json';
import heldOut from './held-out.json';
import independentSafety from './independent-safety.json';
import tuning from './queries.json';
import safety from './safety.json';
import safety4 from './safety-4.json';
import safety5 from './safety-5.json';
import safety6 from './safety-6.json';
import safety7 from './safety-7.json';
import safety8 from './safety-8.json';
import safety9 from './safety-9.json';
import safety10 from './safety-10.json';
import safety11 from './safety-11.json';
import safety12 from './safety-12.json';
import safety13 from './safety-13.json';
import safety14 from './safety-14.json';
import safety15 from './safety-15.json';
import safety16 from './safety-16.json';
import safety17 from './safety-17.json';
import safety18 from './safety-18.json';
import safety19 from './safety-19.json';
import safety20 from './safety-20.json';
import safety21 from './safety-21.json';
import safety22 from './safety-22.json';
import safety23 from './safety-23.json';
import safety24 from './safety-24.json';
import safety25 from './safety-25.json';
import safety26 from './safety-26.json';
import safety27 from './safety-27.json';
import safety28 from './safety-28.json';
import safety29 from './safety-29.json';
import safety30 from './safety-30.json';
import safety31 from './safety-31.json';
import safety32 from './safety-32.json';
import safety33 from './safety-33.json';
import safety34 from './safety-34.json';
import safety35 from './safety-35.json';
import safety36 from './safety-36.json';
import safety37 from './safety-37.json';
import safety38 from './safety-38.json';
import safety39 from './safety-39.json';
import safety40 from './safety-40.json';
import safety41 from './safety-41.json';
import safety42 from './safety-42.json';
import safety43 from './safety-43.json';
import safety44 from './safety-44.json';
import safety45 from './safety-45.json';
import safety46 from './safety-46.json';
import safety47 from './safety-47.json';
import safety48 from './safety-48.json';
import safety49 from './safety-49.json';
import safety50 from './safety-50.json';
import safety51 from './safety-51.json';
import safety52 from './safety-52.json';
import safety53 from './safety-53.json';
import safety54 from './safety-54.json';
import safety55 from './safety-55.json';
import safety56 from './safety-56.json';
import safety57 from './safety-57.json';
import safety58 from './safety-58.json';
import safety59 from './safety-59.json';
import safety60 from './safety-60.json';
import safety61 from './safety-61.json';
import safety62 from './safety-62.json';
import safety63 from './safety-63.json';
import safety64 from './safety-64.json';
import safety65 from './safety-65.json';
import safety66 from './safety-66.json';
import safety67 from './safety-67.json';
import safety68 from './safety-68.json';
import safety69 from './safety-69.json';
import safety70 from './safety-70.json';
import safety71 from './safety-71.json';
import safety72 from './safety-72.json';
import safety73 from './safety-73.json';
import safety74 from './safety-74.json';
import safety75 from './safety-75.json';
import safety76 from './safety-76.json';
import safety77 from './safety-77.json';
import safety78 from './safety-78.json';
import safety79 from './safety-79.json';
import safetyStaff from './safety-staff.json';
import safetyWorst from './safety-worst.json';
import sections from './sections.json';
import sections2 from './sections-2.json';
import voices from './voices.json';
import voices2 from './voices-2.json';
import voices3 from './voices-3.json';
import voices4 from './voices-4.json';
import voices5 from './voices-5.json';
import type { RankedPage } from './ranked-page';

export { type RankedPage, rankedPage } from './ranked-page';

export interface RelevanceCase {
	query: string;
	expect: string;
	alsoAccept?: string[];
	/** false: never put in content/data/asked-as.json (scripts/seed-asked-as.ts): indexed, its words took other queries' answers. */
	asked?: boolean;
}

export interface CaseResult extends RelevanceCase {
	/** 1-based rank of the first acceptable result; 0 when none is in the list. */
	rank: number;
	got: string[];
}

export interface RelevanceFigures {
	cases: CaseResult[];
	recallAt1: number;
	recallAt3: number;
	mrr: number;
}

/**
 * The query sets, each written from the seeds and the content by a different person:
 * - `tuning` (queries.json): written before the ranking, and used to choose its weights, so its
 *   figures flatter the search;
 * - `held-out` (held-out.json): written without seeing the search or the tuning set; a tuning set
 *   since 1 December 2026 (see its "about");
 * - `sections` (sections.json): written by the engineer tuning the ranking, from the pages' titles and
 *   headings, to see whether the right section of the right page comes first; a tuning set;
 * - `sections 2` (sections-2.json): more of the same, written in a later session; a tuning set (see
 *   its "about");
 * - `blind` (blind.json): written the same way and never looked at query by query: only its
 *   totals are read. Never tune on it.
 * - `held-out 2` (held-out-2.json, when present): a newer set written the same way; like the blind
 *   set, only its totals are ever read.
 * - `held-out 3` (held-out-3.json): a third, written the same way on 1 December 2026 from the
 *   current list of pages and sections; measure only until 2 December 2026, a tuning set since
 *   (see its "about"), replaced as a measure by:
 * - `held-out 4` (held-out-4.json): a fourth, 100 queries by two more people, written the same way
 *   on 2 December 2026 in two voices (see its "about"); measure only until 2 December 2026, a
 *   tuning set since (session 24: its misses were read).
 * - `held-out 5` (held-out-5.json): a fifth, 100 queries by two more people, written the same way
 *   later on 2 December 2026 in two other voices (see its "about"); only its totals are ever read.
 * - `held-out 6` (held-out-6.json): a sixth, 100 queries by one more person (2 December 2026,
 *   session 26), from the page list and the product brief only, in two voices (see its "about");
 *   only its totals are ever read.
 * - `held-out 7` (held-out-7.json): a seventh, 100 queries by one more person (2 December 2026,
 *   session 27), from the page list (now with the privacy page) and the product brief only, in two
 *   other voices (see its "about"); only its totals were read until session 34 (3 December 2026), a
 *   tuning set since: its misses were read (74 first and 88 in the top three when it was converted).
 * - `held-out 8` (held-out-8.json): an eighth, 100 queries by one more person (3 December 2026,
 *   session 30), written blind from the product brief and the page list only, in voices the other
 *   sets have least (further education, boarding, special schools, alternative provision,
 *   nurseries, support staff, governors; see its "about"); only its totals were read until session
 *   33 (3 December 2026), a tuning set since: its misses were read (58 first and 70 in the top three
 *   when it was converted).
 * - `held-out 9` (held-out-9.json): a ninth, 100 queries by one more person (3 December 2026,
 *   session 31), written blind from the product brief and the page list only (with the five sections
 *   added that morning), in the voices of class teachers, heads of year, safeguarding leads,
 *   headteachers, business managers and IT staff, assistants, coaches and helpline case notes; see its
 *   "about"; only its totals were read until session 33, a tuning set since with the eighth (71 first
 *   and 81 in the top three when it was converted).
 * - `held-out 10` (held-out-10.json): a tenth, 100 queries by one more person (3 December 2026,
 *   session 32), written blind from the product brief and the page list only, in the same spread of
 *   voices as the ninth; see its "about"; only its totals were read until session 34, a tuning set
 *   since with the seventh (62 first and 86 in the top three when it was converted).
 * - `held-out 11` and `held-out 12` (held-out-11.json, held-out-12.json): an eleventh and a twelfth,
 *   100 queries each by two more people (3 December 2026, session 33), written blind from the product
 *   brief and the page list only: the eleventh in the voices of primary, early-years, special-school
 *   and alternative-provision staff, pastoral and attendance officers, guidance teachers, ALN
 *   coordinators, office staff, governors, school nurses and helpline case notes; the twelfth in those
 *   of secondary teachers, heads of year, safeguarding leads, deputies and heads, IT and data staff,
 *   sixth-form and FE staff, coaches, supply staff and parents via a teacher (see their "about");
 *   only their totals are ever read.
 * - `held-out 13` and `held-out 14` (held-out-13.json, held-out-14.json): a thirteenth and a
 *   fourteenth, 100 queries each by two more people (3 December 2026, session 34), written blind from
 *   the product brief and the page list only: the thirteenth in the voices of parents' complaints
 *   forwarded by the office, business managers, IT and data protection staff, trust communications,
 *   heads of department, new and supply teachers, assistants, lunchtime supervisors, sixth-form tutors
 *   and helpline case notes; the fourteenth in those of FE, sixth-form and boarding staff, youth
 *   workers and coaches, counsellors, Welsh- and Gaelic-medium staff, NI principals, Scottish guidance
 *   staff, attendance and virtual school staff and helpline practitioners (two fifths from Wales,
 *   Scotland and Northern Ireland; see their "about"); only their totals were read until session 35,
 *   tuning sets since (74 first and 84 in the top three, and 60 and 78, when they were converted).
 * - `held-out 15` and `held-out 16` (held-out-15.json, held-out-16.json): a fifteenth and a
 *   sixteenth, 100 queries each by two more people (3 December 2026, session 35), written blind from
 *   the product brief and the page list only: the fifteenth in the voices of primary teachers and
 *   assistants, early career and supply teachers, small rural primaries' heads, SENCOs and ALNCos,
 *   special-school, nursery, office and club staff, trust safeguarding leads and governors; the
 *   sixteenth in those of people who do not know the words yet (vague first searches, new staff,
 *   half-remembered law and guidance), pastoral staff, academy DSLs, school police officers, social
 *   workers and LADOs (a third or more of each from Wales, Scotland and Northern Ireland; see their
 *   "about"); only their totals were read until session 36, tuning sets since (68 first and 80 in the
 *   top three, and 72 and 86, when they were converted).
 * - `held-out 17` and `held-out 18` (held-out-17.json, held-out-18.json): a seventeenth and an
 *   eighteenth, 100 queries each by two more people (3 December 2026, session 36), written blind from
 *   the product brief and the page list only: the seventeenth in the voices of secondary subject
 *   teachers and form tutors, IT, data protection and business staff, whoever runs the school's social
 *   media, reception, FE, sixth-form and boarding staff, coaches, peripatetic teachers, exams officers
 *   and cover supervisors; the eighteenth in those of helpline practitioners between calls,
 *   independent and faith school staff, youth workers, virtual school heads, EAL staff and teachers
 *   whose first language is not English, trainees, school nurses and counsellors, deputies handling a
 *   complaint, governors, Welsh-medium staff and alternative provision (a third or more of each from
 *   Wales, Scotland and Northern Ireland; see their "about"); only their totals were read until
 *   session 37, tuning sets since (71 first and 84 in the top three, and 65 and 79, when they were
 *   converted).
 * - `held-out 19` and `held-out 20` (held-out-19.json, held-out-20.json): a nineteenth and a
 *   twentieth, 100 queries each by two more people (4 December 2026, session 37), written blind from
 *   the product brief and the page list only: the nineteenth in the voices of secondary heads and
 *   deputies, attendance and welfare officers, mental health leads, librarians, teaching assistants,
 *   drama, media, music and computing teachers, careers advisers, chaplains, site and catering staff,
 *   trainers preparing a staff session, and a teacher who is herself the target; the twentieth half
 *   from Scotland, Wales and Northern Ireland (guidance teachers, vice-principals and designated
 *   teachers, ALNCos, island schools), trust safeguarding staff, heads facing a social media storm,
 *   new staff, upset staff typing fast, and people who half-remember a term (see their "about"); only
 *   their totals were read until session 38, tuning sets since (52 first and 68 in the top three, and
 *   68 and 83, when they were converted).
 * - `held-out 21` and `held-out 22` (held-out-21.json, held-out-22.json): a twenty-first and a
 *   twenty-second, 100 queries each by two more people (4 December 2026, session 38), written blind
 *   from the product brief and the page list only: the twenty-first in the voices of primary, infant,
 *   early years and special school staff, SENCOs, DSLs writing formal questions, heads of small
 *   rural primaries, supply teachers, lunchtime and club staff, TAs, office managers, governors and a
 *   teacher relaying a parent's worry; the twenty-second in those of helpline practitioners' triage
 *   notes, LADOs and education safeguarding advisers, police school liaison officers, social
 *   workers, business managers, data protection officers and IT managers, FE, sixth-form and boarding
 *   staff, coaches, youth workers, heads of year facing a complaint, and staff who are themselves the
 *   target (a third or more of each from Wales, Scotland and Northern Ireland; see their "about");
 *   only their totals were read until session 39, tuning sets since (71 first and 80 in the top
 *   three, and 72 and 87, when they were converted).
 * - `held-out 23` and `held-out 24` (held-out-23.json, held-out-24.json): a twenty-third and a
 *   twenty-fourth, 100 queries each by two more people (4 December 2026, session 39), written blind
 *   from the product brief and the page list only: the twenty-third in the voices of form tutors,
 *   heads of year, pastoral managers, PE staff and coaches, exam officers, counsellors and nurses,
 *   Welsh- and Gaelic-medium, faith, independent and boarding school staff, peripatetic and cover
 *   staff, early career teachers, heads writing to the helpline, and staff who are themselves the
 *   target; the twenty-fourth in those of trust and diocesan safeguarding leads, local authority
 *   online safety officers, helpline practitioners pasting an enquirer's email, guidance staff,
 *   vice-principals, ALNCos, residential and children's home staff, virtual school heads, pupil
 *   referral units, school police and attendance officers, receptionists, parents' worries relayed,
 *   and a teacher who half-remembers a term (over a third of each from Wales, Scotland and Northern
 *   Ireland; see their "about"); only their totals were read until session 40, tuning sets since
 *   (74 first and 88 in the top three, and 67 and 80, when they were converted).
 * - `held-out 25` and `held-out 26` (held-out-25.json, held-out-26.json): a twenty-fifth and a
 *   twenty-sixth, 100 queries each by two more people (4 December 2026, session 40), written blind
 *   from the product brief and the page list only: the twenty-fifth in the voices of form tutors and
 *   heads of year, pastoral and behaviour managers, computing, PE, drama, music and RE teachers,
 *   school nurses and counsellors, attendance and exams officers, librarians, trip leaders, cover
 *   supervisors, early career and trainee teachers, sixth-form and FE tutors, SEND assistants, deputy
 *   DSLs, a trust's safeguarding lead and staff who are themselves the target; the twenty-sixth in
 *   those of youth club, scout, guide and cadet leaders, sports coaches and club welfare officers,
 *   faith-setting staff, childminders and nursery managers, alternative provision and hospital school
 *   staff, boarding house parents, independent school heads, trust IT and data protection leads,
 *   governors, receptionists taking a parent's call, virtual school heads and social workers, police
 *   school liaison officers and helpline practitioners (over a third of each from Wales, Scotland and
 *   Northern Ireland; see their "about"); only their totals were read until session 41, tuning sets
 *   since (77 first and 85 in the top three, and 76 and 86, when they were converted).
 * - `held-out 27` and `held-out 28` (held-out-27.json, held-out-28.json): a twenty-seventh and a
 *   twenty-eighth, 100 queries each by two more people (4 December 2026, session 41), written blind
 *   from the product brief and the page list only: the twenty-seventh in the voices of primary class
 *   teachers and heads, early years staff, teaching assistants and lunchtime supervisors, IT
 *   technicians, business managers and office staff, data protection officers, special school and
 *   pupil referral unit staff, Welsh- and Gaelic-medium staff, supply teachers, an after-school club
 *   leader, a chaplain, a deputy covering for the DSL, a parent governor and a trainee; the
 *   twenty-eighth in those of DSLs late at night, heads of sixth form, college safeguarding officers
 *   and apprenticeship tutors, independent and boarding school staff, trust leads, local authority
 *   officers, school social workers and counsellors, police liaison officers, a helpline
 *   practitioner's call notes, youth, sports, drama and music leaders, and staff who are themselves
 *   the target (over a third of each from Wales, Scotland and Northern Ireland; see their "about");
 *   only their totals were read until session 42, tuning sets since (78 first and 87 in the top three,
 *   and 73 and 90, on arrival; unchanged when they were converted).
 * - `held-out 29` and `held-out 30` (held-out-29.json, held-out-30.json): a twenty-ninth and a
 *   thirtieth, 100 queries each by two more people (4 December 2026, session 42), written blind from
 *   the product brief and the page list only: the twenty-ninth in the voices of heads of year and
 *   pastoral managers, SENCOs and SEND assistants, school nurses, attendance officers, librarians,
 *   exams officers, cover supervisors, computing and PE staff, form tutors, early career teachers, FE
 *   personal tutors and apprenticeship assessors, Irish-medium and Catholic school staff in Northern
 *   Ireland, EAL coordinators, receptionists and site staff, a parent forwarding a worry, and staff
 *   who are themselves the target; the thirtieth in those of youth workers, sports coaches and club
 *   welfare officers, faith leaders and supplementary school teachers, childminders and nursery
 *   managers, children's home staff, fostering social workers, private tutors, alternative provision
 *   and hospital school teachers, LADOs and education welfare officers, trust safeguarding leads,
 *   police liaison officers, virtual school heads, Scottish guidance teachers and named persons,
 *   Welsh speakers, Northern Ireland designated teachers and principals, and helpline practitioners
 *   looking something up on a call (over a third of each from Wales, Scotland and Northern Ireland;
 *   see their "about"); only their totals were read until session 43, tuning sets since (70 first and
 *   88 in the top three, and 75 and 85, on arrival; 71 and 88, and 76 and 87, when they were converted).
 * - `held-out 31` and `held-out 32` (held-out-31.json, held-out-32.json): a thirty-first and a
 *   thirty-second, 100 queries each by two more people (4 December 2026, session 43), written blind
 *   from the product brief and the page list only: the thirty-first in the voices of secondary DSLs
 *   and deputies, Scottish child protection coordinators and pastoral principal teachers, Welsh-medium
 *   primary heads and teachers, Northern Ireland vice-principals and designated teachers, boarding
 *   staff, business and office managers, trust communications officers, PTA chairs and parent
 *   governors, clerks to governors, peripatetic music and drama teachers, counsellors and mental
 *   health leads, online safety and computing leads, supply teachers, special school and PRU staff,
 *   staff who are themselves the target and a parent forwarding a worry; the thirty-second in those of
 *   helpline practitioners on a call, local authority safeguarding advisers, social workers, school
 *   nurses, police liaison officers, youth and detached youth workers, scout, guide and cadet leaders,
 *   sports club welfare officers and coaches, childminders and early years managers, FE college
 *   safeguarding teams and apprenticeship providers, independent school bursars and heads, faith
 *   school staff, Gaelic-medium and island school staff, Irish-medium and integrated school staff,
 *   valleys and north Wales staff, heads of year and of sixth form late at night, and early career
 *   teachers (over a third of each from Wales, Scotland and Northern Ireland; see their "about"); only
 *   their totals were read until session 44, tuning sets since (76 first and 89 in the top three, and
 *   68 and 84, on arrival; 77 and 89, and 69 and 86, when they were converted).
 * - `held-out 33` and `held-out 34` (held-out-33.json, held-out-34.json): a thirty-third and a
 *   thirty-fourth, 100 queries each by two more people (5 December 2026, session 44), written blind
 *   from the product brief and the page list only: the thirty-third in the voices of primary class and
 *   reception teachers, heads of small rural primaries, school office managers and receptionists, IT
 *   technicians, SENCOs, ALNCos and learning support teachers, attendance and education welfare
 *   officers, learning mentors, trust safeguarding leads, chairs of governors and NI boards of
 *   governors, exam officers, librarians, lunchtime supervisors, trainee and probationer teachers,
 *   heads of PE, drama, music and computing, sixth-form and FE lecturers, EAL coordinators writing in a
 *   second language, staff who are themselves the target and a deputy head emailing from holiday; the
 *   thirty-fourth in those of helpline practitioners' call notes, parents writing to the school, staff
 *   forwarding a pupil's own words, chaplains, police officers based in schools, virtual school heads,
 *   foster carers and residential care staff, faith youth leaders, music, dance and drama tutors,
 *   coaches, esports and coding club leads, careers advisers, alternative provision and hospital
 *   school teachers, home education officers, Traveller education staff, heads answering a
 *   journalist, trust chief executives, councillors who are governors and nursery owners, with the
 *   questions people ask after a crisis (what to record, who to tell, what to say to parents, how long
 *   a removal takes) (over a third of each from Wales, Scotland and Northern Ireland; see their
 *   "about"); only their totals were read until session 45, tuning sets since (73 first and 86 in the
 *   top three, and 65 and 76, on arrival; 76 and 87, and 65 and 76, when they were converted).
 * - `held-out 35` and `held-out 36` (held-out-35.json, held-out-36.json): a thirty-fifth and a
 *   thirty-sixth, 100 queries each by two more people (5 December 2026, session 45), written blind
 *   from the product brief and the page list only: the thirty-fifth in the voices of heads of year and
 *   of house, pastoral and guidance staff, NI vice-principals for pastoral care, deputy DSLs, cover
 *   and supply staff, teaching assistants, business managers and data protection officers, the member
 *   of staff who runs the school's social media, PTA chairs, school nurses and counsellors, youth
 *   workers, Welsh-medium teachers, boarding staff, special school and PRU staff and staff dictating
 *   by voice; the thirty-sixth in those of LADOs and local authority child protection officers,
 *   social workers, Welsh consortia advisers, NI Education Authority and CCMS staff, police cyber and
 *   prevent officers, online safety trainers, safeguarding governors, faith school heads, sixth-form
 *   prefects, student teachers, college safeguarding officers, wraparound and early years staff,
 *   uniformed youth leaders, librarians, people who write only in questions or all in lower case,
 *   and autocorrect's slips, with what happens next (over a third of each from Wales, Scotland and
 *   Northern Ireland; see their "about"); only their totals were read until session 46, tuning sets
 *   since (62 first and 77 in the top three, and 68 and 83, on arrival and when converted).
 * - `held-out 37` and `held-out 38` (held-out-37.json, held-out-38.json): a thirty-seventh and a
 *   thirty-eighth, 100 queries each by two more people (5 December 2026, session 46), written blind
 *   from the product brief and the page list only: the thirty-seventh in the voices of heads of small
 *   rural primaries, office and reception staff, exams officers, SENCOs and ALNCos, EAL
 *   coordinators, IT technicians, trust and local authority safeguarding leads, chaplains, PE staff
 *   and coaches, visiting music tutors, lunchtime supervisors, site managers and attendance officers,
 *   some pasting a parent's email, some in bullet lists, some angry, some asking two things at once;
 *   the thirty-eighth in those of parent governors and support advisers, family liaison officers,
 *   nursery managers and childminders, after-school club leads, madrassa, Sunday and supplementary
 *   school teachers, sports club welfare officers, virtual school heads and foster carers, helpline
 *   practitioners' shorthand call notes, Scots and Northern Irish speech, mistyped platform names
 *   and unexplained school abbreviations (over a third of each from Wales, Scotland and Northern
 *   Ireland; see their "about"); only their totals were read until session 47, tuning sets since (75
 *   first and 85 in the top three, and 78 and 86, on arrival and when converted).
 * - `held-out 39` and `held-out 40` (held-out-39.json, held-out-40.json): a thirty-ninth and a
 *   fortieth, 100 queries each by two more people (5 December 2026, session 47), written blind from
 *   the product brief and the page list only: the thirty-ninth in the voices of primary deputy heads
 *   and Year 5 and 6 teachers, computing teachers, PSHE, RSE and RSHP leads, librarians, school
 *   counsellors and mental health leads, transition coordinators, staff of special schools and
 *   alternative provision, Irish-, Gaelic- and Welsh-medium teachers and boarding staff, asking vague
 *   worried questions, questions about the site and the helpline, keyword lists and what to do after
 *   the event; the fortieth in those of early career and supply teachers, teaching and classroom
 *   assistants, trainees, business managers facing scams and invoice fraud, heads facing the local
 *   press and parents' groups, school comms staff, governors, sixth form and college tutors and
 *   federation leads, panicky and in the first person, mixing up terms, naming platforms in rare
 *   ways and asking two things at once (over a third of each from Wales, Scotland and Northern
 *   Ireland; see their "about"); only their totals were read until session 48, tuning sets since (74
 *   first and 87 in the top three, and 71 and 85, on arrival and when converted).
 * - `held-out 41` and `held-out 42` (held-out-41.json, held-out-42.json): a forty-first and a
 *   forty-second, 100 queries each by two more people (5 December 2026, session 48), written blind
 *   from the product brief and the page list only: the forty-first in the voices of heads of year and
 *   pastoral managers, attendance officers, school nurses, behaviour leads, SENCOs, ALNCos and
 *   additional support for learning staff, designated teachers for looked-after children, early years
 *   staff, PE staff and coaches, peripatetic music teachers, receptionists taking a parent's call, IT
 *   technicians, exams officers, youth workers and parents, in short phone-typed keywords, "how do
 *   I" and "who do I" questions, questions about a platform's own process, evidence, weekends and
 *   holidays, and what to do after the event; the forty-second in those of primary class teachers and
 *   heads of small rural schools, faith and independent school staff, club leaders, trust and
 *   cluster safeguarding leads, local authority officers, police school liaison officers,
 *   educational psychologists, boarding staff, deputies covering for a DSL and staff who are parents,
 *   pasting messages with their spelling, describing screenshots, asking questions of law, who to
 *   tell first, whether it is the school's problem, out of hours (over a third of each from Wales,
 *   Scotland and Northern Ireland; see their "about"); only their totals were read until session 49,
 *   tuning sets since (71 first and 83 in the top three, and 73 and 84, when converted; 70 / 82 and
 *   73 / 84 on arrival).
 * - `held-out 43` and `held-out 44` (held-out-43.json, held-out-44.json): a forty-third and a
 *   forty-fourth, 100 queries each by two more people (5 December 2026, session 49), written blind
 *   from the product brief and the page list only: the forty-third in the voices of form tutors and
 *   classroom teachers in large secondaries, trainee, early-career and supply teachers, teaching
 *   assistants and lunchtime supervisors, business managers and data protection leads, governors,
 *   sixth form and college tutors, special, Welsh-medium, Gaelic-medium and integrated school staff,
 *   mental health leads and counsellors, with phrases half-remembered from training, platforms named
 *   by a feature (stories, close friends, disappearing messages), "can I" questions about what staff
 *   may do, reports that went nowhere, the school's own accounts and data, the helpline itself and
 *   follow-ups; the forty-fourth in those of heads and senior leaders between meetings, DSLs, DSPs,
 *   child protection coordinators and designated teachers, helpline practitioners looking for a page
 *   to send, communications staff, alternative provision, early years and college staff, librarians,
 *   IT technicians and parent governors, with searches for a page to link or print, very short
 *   keywords, half-remembered laws and bodies, platforms that refuse, who to tell in what order, a
 *   member of staff as the victim and "report or block first?" (over a third of each from Wales,
 *   Scotland and Northern Ireland; see their "about"); only their totals were read until session 50,
 *   tuning sets since (72 first and 84 in the top three, and 77 and 89, on arrival and when
 *   converted).
 * - `held-out 45` and `held-out 46` (held-out-45.json, held-out-46.json): a forty-fifth and a
 *   forty-sixth, 100 queries each by two more people (5 December 2026, session 50), written blind
 *   from the product brief and the page list only: the forty-fifth in the voices of primary class
 *   teachers and heads of small rural schools, pastoral managers and heads of year, SENCOs and
 *   ALNCos, school nurses and attendance officers, youth workers, sports coaches, scout and guide
 *   leaders, faith and supplementary school teachers, music tutors, club staff and new DSLs, with
 *   messages dictated into a phone, "is it illegal" and "do I have to" questions, two problems in one
 *   message, a child's words quoted and under-13s on apps; the forty-sixth in those of local
 *   authority designated officers and safeguarding advisers, police schools officers, social workers
 *   and virtual school heads, trust-wide safeguarding leads, boarding and independent school staff,
 *   cover supervisors, invigilators and classroom volunteers, with questions for someone else, about
 *   timelines and what the helpline can do, technical terms used wrongly, printable pages, staff's own
 *   devices, legal but harmful content and after-the-fact questions (over a third of each from Wales,
 *   Scotland and Northern Ireland; see their "about"); only their totals were read until session 51,
 *   tuning sets since (76 first and 88 in the top three, and 68 and 85, on arrival and when
 *   converted).
 * - `held-out 47` and `held-out 48` (held-out-47.json, held-out-48.json): a forty-seventh and a
 *   forty-eighth, 100 queries each by two more people (5 December 2026, session 51), written blind
 *   from the product brief and the page list only: the forty-seventh in the voices of supply
 *   teachers and cover supervisors, early years staff and childminders, college and sixth-form staff,
 *   school office managers, IT technicians, governors, a PTA chair and an exams officer, with keyword
 *   strings, "how long" and "what if" questions, school abbreviations, pasted parents' emails, a
 *   described screenshot and questions after the event or for a colleague; the forty-eighth in those
 *   of helpline practitioners finding a link, online safety leads planning training, heads facing the
 *   press or a parents' Facebook group, senior leaders with data protection questions, pastoral leads
 *   in special schools and pupil referral units, and chaplains and counsellors, with "is there a page
 *   for", a nation's part asked for by name, negations, comparisons, what happens next, the real
 *   question last in a long message and American words by mistake (39 of each from Wales, Scotland and
 *   Northern Ireland; see their "about"); only their totals were read until session 52, tuning sets
 *   since (79 first and 90 in the top three, and 76 and 84, on arrival; 79 / 90 and 76 / 84 when
 *   converted).
 * - `held-out 49` and `held-out 50` (held-out-49.json, held-out-50.json): a forty-ninth and a
 *   fiftieth, 100 queries each by two more people (5 December 2026, session 52), written blind from
 *   the product brief and the page list only: the forty-ninth in the voices of school business
 *   managers and bursars, computing and digital leads, trainee and early career teachers, midday
 *   supervisors, librarians, visiting music teachers, club leaders and transport escorts, with the
 *   question alone, bullet-point notes, a platform's own message quoted, how to word a letter or an
 *   assembly, "am I allowed to", no punctuation and "I think I messed up"; the fiftieth in those of
 *   trust-wide DSLs, heads of sixth form, faith school leaders, Irish-, Gaelic- and Welsh-medium staff,
 *   outdoor centre, hospital school and education welfare staff, with a platform's feature by name
 *   (Snap Map, streaks, vanish mode, TikTok Live gifts), guidance or law named instead of the problem,
 *   "what does X mean", the wrong platform or body by mistake, a follow-up question and a parent's side
 *   of a case (39 of each from Wales, Scotland and Northern Ireland; see their "about"); only their
 *   totals were read until session 53, tuning sets since (65 first and 79 in the top three, and 72
 *   and 85, on arrival, measured at c50ff8a; 65 / 79 and 74 / 87 when converted).
 * - `held-out 51` and `held-out 52` (held-out-51.json, held-out-52.json): a fifty-first and a
 *   fifty-second, 100 queries each by two more people (6 December 2026, session 53), written blind
 *   from the product brief and the page list only: the fifty-first in the voices of Reception to
 *   Year 2 (P1 to P3) teachers, SENCOs and ALNCos, teaching assistants, school nurses, attendance
 *   officers, deputy heads for behaviour, PE, drama and media staff and receptionists, with
 *   speech-to-text dictation, a guess at the answer, a platform's help text or a parent's message
 *   pasted, two problems in one query and a long polite opening; the fifty-second in those of heads
 *   of small rural and island schools, local authority officers, police school liaison officers,
 *   youth workers, residential and boarding staff, independent and international school staff and
 *   exams managers, with a news story, "how do I" for a setting, timing, "whose job is it", "X or Y",
 *   misspelt platform names, heavy abbreviations and a few Welsh or Gaelic words (39 of each from
 *   Wales, Scotland and Northern Ireland; see their "about"); only their totals were read until
 *   session 54, tuning sets since (80 first and 92 in the top three, and 81 and 88, on arrival,
 *   measured at 10557ad; 80 / 92 and 81 / 89 when converted).
 * - `held-out 53` and `held-out 54` (held-out-53.json, held-out-54.json): a fifty-third and a
 *   fifty-fourth, 100 queries each by two more people (6 December 2026, session 54), written blind
 *   from the product brief and the page list only: the fifty-third in the voices of special schools,
 *   pupil referral units, alternative provision and hospital schools, virtual school heads and
 *   designated teachers for looked-after children, children's home staff, foster carers and social
 *   workers, and staff who write English as a second language, with a bare noun phrase, yes/no
 *   questions, "is it normal that", a vague first try, "what happens next" and a line from a
 *   behaviour log; the fifty-fourth in those of further-education and sixth-form colleges,
 *   governors, trustees and clerks, data protection officers, IT network managers, trust central
 *   teams and the officers who run a school's own social media, with formal policy wording, "is it
 *   legal" and GDPR, a request for a template, "the difference between X and Y", "not a safeguarding
 *   issue but", the school's own accounts and a question for the board (39 of each from Wales,
 *   Scotland and Northern Ireland; see their "about"); only their totals were read until session 55,
 *   tuning sets since (79 first and 88 in the top three, and 77 and 93, on arrival, measured at
 *   cc433e6; 79 / 90 and 77 / 93 when converted).
 * - `held-out 55` and `held-out 56` (held-out-55.json, held-out-56.json): a fifty-fifth and a
 *   fifty-sixth, 100 queries each by two more people (6 December 2026, session 55), written blind
 *   from the product brief and the page list only: the fifty-fifth in the voices of staff who are
 *   themselves the target and write in the first person (a fake account of them, their own account
 *   hacked, parents posting about them), early career and trainee teachers, HR leads, union
 *   representatives and staff wellbeing leads, with "can I sue", "what are my rights", something
 *   already tried that failed, hypotheticals, an @handle and a screenshot described; the fifty-sixth
 *   in those of people outside schools who work with children (scout, guide and cadet leaders, faith
 *   youth leaders, dance, drama and music schools, sports club welfare officers, tutors, holiday
 *   clubs, early help, youth justice and CAMHS workers), with "we're not a school but", a club's
 *   WhatsApp group, several questions in one, counts and times, and dialect words (39 of each from
 *   Wales, Scotland and Northern Ireland; see their "about"); only their totals were read until
 *   session 56, tuning sets since (76 first and 89 in the top three, and 68 and 81, on arrival,
 *   measured at 866b58a; the same when converted).
 * - `held-out 57` and `held-out 58` (held-out-57.json, held-out-58.json): a fifty-seventh and a
 *   fifty-eighth, 100 queries each by two more people (6 December 2026, session 56), written blind
 *   from the product brief and the page list only: the fifty-seventh in the voices of staff outside
 *   the classroom (boarding house staff and matrons, overseas-trained staff writing US English,
 *   chaplains and counsellors, librarians, careers and exams staff, trip leaders, the staff who run
 *   a school's own accounts, site staff and reception), with a bare noun phrase, the platform first,
 *   a step already advised, English as a second language and one misspelt key word (39 from Wales,
 *   Scotland and Northern Ireland); the fifty-eighth only from Wales, Scotland and Northern Ireland
 *   (34, 33 and 33), in their own terms (Hwb, Estyn, GIRFEC and the named person, the EA, CCMS, C2k,
 *   the Gateway team, a few Welsh words, Scots and Ulster dialect) and asking whether England's rules
 *   apply to them; see their "about"; only their totals were read until session 57, tuning sets
 *   since (73 first and 87 in the top three, and 75 and 91, on arrival, measured at 09a7ad9; 74 and
 *   88, and 75 and 91, when converted).
 * - `held-out 59` and `held-out 60` (held-out-59.json, held-out-60.json): a fifty-ninth and a
 *   sixtieth, 100 queries each by two more people (6 December 2026, session 57), written blind from
 *   the product brief and the page list only: the fifty-ninth in the voices of form tutors, heads of
 *   year, pastoral staff and teachers of the older primary years typing at speed, who name an app by
 *   what it does or looks like ("the ghost app", "the blocky game"), with voice-to-text slips ("snap
 *   chat", "tick tock") and questions passed on from a parent or a pupil; the sixtieth in the voices
 *   of senior leaders and safeguarding leads asking about the process and the reasons (who decides,
 *   the police or the platform first, telling parents, what to record, why a platform will not
 *   remove a post, the legal words) and of helpline practitioners wanting one section to send; 39 of
 *   each from Wales, Scotland and Northern Ireland; see their "about"; only their totals were read
 *   until session 58, tuning sets since (79 first and 85 in the top three, and 73 and 89, on
 *   arrival, measured at 064b915; 79 and 85, and 73 and 89, when converted).
 * - `held-out 61` and `held-out 62` (held-out-61.json, held-out-62.json): a sixty-first and a
 *   sixty-second, 100 queries each by two more people (6 December 2026, session 58), written blind
 *   from the product brief and the page list only: the sixty-first in the voices of school staff who
 *   are not safeguarding specialists and do not know its words (office and reception staff, business
 *   managers, IT technicians, governors, supply and trainee teachers, lunchtime supervisors and
 *   teaching assistants: "someone's copied our Facebook", "the head's email is sending weird links");
 *   the sixty-second in the voices of professionals around schools who use the sector's shorthand
 *   (police school liaison and campus officers, local authority online safety officers, social and
 *   youth workers, sports welfare officers, helpline practitioners: KCSIE, LADO, NCII, SGII, a list or
 *   a hub, a section named as remembered); 39 of each from Wales, Scotland and Northern Ireland; see
 *   their "about"; only their totals were read until session 59, tuning sets since (76 first and 91
 *   in the top three, and 82 and 91, on arrival, measured at 15c0d62; 76 and 91, and 82 and 91, when
 *   converted).
 * - `held-out 63` and `held-out 64` (held-out-63.json, held-out-64.json): a sixty-third and a
 *   sixty-fourth, 100 queries each by two more people (6 December 2026, session 59), written blind
 *   from the product brief and the page list only: the sixty-third in the voices of staff in
 *   boarding, residential and independent settings (house parents, matrons, chaplains, bursars, heads
 *   of independent and faith schools: cases in the evening and at weekends, in the boarding house,
 *   with parents abroad, the school's alumni pages); the sixty-fourth in the voices of staff in the
 *   middle of a case who want one step, not the whole guide ("do I screenshot it", "what do I tell
 *   mum", "youtube said it doesn't break their rules", reporting from inside a named app); 39 of each
 *   from Wales, Scotland and Northern Ireland; see their "about"; only their totals were read until
 *   session 60, tuning sets since (74 first and 91 in the top three, and 84 and 93, on arrival,
 *   measured at 54f9aaf; the same when converted).
 * - `held-out 65` and `held-out 66` (held-out-65.json, held-out-66.json): a sixty-fifth and a
 *   sixty-sixth, 100 queries each by two more people (6 December 2026, session 60), written blind
 *   from the product brief and the page list only: the sixty-fifth in the voices of staff who do not
 *   know the technical names and describe a thing by what it does (lunchtime supervisors, caretakers,
 *   office staff, minibus escorts, governors: "the app with the map that shows where your friends
 *   are", "the photo that disappears"); the sixty-sixth in the voices of keyword searchers (helpline
 *   practitioners, DSLs, advisers), about 65 of its queries of one to five words ("lado wales",
 *   "hacked school fb page"); 39 and 40 from Wales, Scotland and Northern Ireland; see their "about";
 *   only their totals were read until session 61, tuning sets since (76 first and 87 in the top
 *   three, and 83 and 97, on arrival, measured at b66e9ed; the same when converted).
 * - `held-out 67` and `held-out 68` (held-out-67.json, held-out-68.json): a sixty-seventh and a
 *   sixty-eighth, 100 queries each by two more people (6 December 2026, session 61), written blind
 *   from the product brief and the page list only: the sixty-seventh in the voices of staff writing
 *   after the first step went wrong or stalled ("does not go against our community standards", the
 *   fake account back under a new name, recovery failing, "not a crime", a parent now complaining
 *   about how the school handled it); the sixty-eighth as yes/no and "are we allowed" questions
 *   about the law, duties and limits ("is it illegal to", "can I take a pupil's phone", "do we have
 *   to tell parents"); 39 of each from Wales, Scotland and Northern Ireland; see their "about"; only
 *   their totals were read until session 62, tuning sets since (62 first and 83 in the top three,
 *   and 66 and 84, on arrival, measured at f443cfa; the same when converted).
 * - `held-out 69` and `held-out 70` (held-out-69.json, held-out-70.json): a sixty-ninth and a
 *   seventieth, 100 queries each by two more people (7 December 2026, session 62), written blind
 *   from the product brief and the page list only: the sixty-ninth asked on behalf of someone else
 *   ("a mum asked me whether", "a Year 8 asked me if she can get a video taken down", a helpline
 *   practitioner finding a page for a caller); the seventieth as choices and comparisons ("police or
 *   the platform first", "block or keep the chat as evidence", "is it bullying or harassment"); 41
 *   and 39 from Wales, Scotland and Northern Ireland; see their "about"; only their totals were
 *   read until session 63, tuning sets since (78 first and 86 in the top three, and 67 and 87, on
 *   arrival, measured at 0bed48d; the same when converted).
 * - `held-out 71` and `held-out 72` (held-out-71.json, held-out-72.json): a seventy-first and a
 *   seventy-second, 100 queries each by two more people (7 December 2026, session 63), written blind
 *   from the product brief and the page list only: the seventy-first asked on a mistaken idea ("can
 *   the police make TikTok delete it", "GDPR means we can't screenshot pupils' posts", "a deepfake
 *   isn't real so it's not illegal"); the seventy-second unsure, hedged or played down ("probably
 *   nothing but", "might be overreacting", "is this worth reporting"); 39 of each from Wales,
 *   Scotland and Northern Ireland; see their "about"; only their totals were read until session 64,
 *   tuning sets since (73 first and 84 in the top three, and 80 and 93, on arrival, measured at
 *   d5c0e5e; the same when converted).
 * - `held-out 73` and `held-out 74` (held-out-73.json, held-out-74.json): a seventy-third and a
 *   seventy-fourth, 100 queries each by two more people (7 December 2026, session 64), written blind
 *   from the product brief and the page list only: the seventy-third typed while upset, shaken,
 *   angry or embarrassed ("I'm shaking, a parent has just posted my photo", "I feel sick, what do I
 *   do"); the seventy-fourth asked as a choice between two things ("platform or police first",
 *   "helpline or CEOP", "999 or 101"), the voice of the seventieth again, so it tests whether what
 *   was learnt from that set carries to new queries; 39 of each from Wales, Scotland and Northern
 *   Ireland; see their "about"; only their totals were read until session 65, tuning sets since (80
 *   first and 93 in the top three, and 69 and 83, on arrival, measured at ae980ca; the same when
 *   converted).
 * - `held-out 75` and `held-out 76` (held-out-75.json, held-out-76.json): a seventy-fifth and a
 *   seventy-sixth, 100 queries each by two more people (7 December 2026, session 65), written blind
 *   from the product brief and the page list only: the seventy-fifth asked ahead of time or as a
 *   "what if" ("what if a parent posts my photo", "we want to be ready in case our Facebook page is
 *   hacked"); the seventy-sixth saying what the matter is not, or correcting itself ("not a fake
 *   account, her real account was hacked", "he's not a teacher, he's a volunteer"); 39 of each from
 *   Wales, Scotland and Northern Ireland; see their "about"; only their totals were read until
 *   session 66, tuning sets since (82 first and 94 in the top three, and 78 and 90, on arrival,
 *   measured at 2bfa4bb; the same when converted).
 * - `held-out 77` and `held-out 78` (held-out-77.json, held-out-78.json): a seventy-seventh and a
 *   seventy-eighth, 100 queries each by two more people (7 December 2026, session 66), written blind
 *   from the product brief and the page list only: the seventy-seventh asking for a thing to use (a
 *   template letter to parents, a checklist for a hacked page, a script for calling a parent, what
 *   to write in the log); the seventy-eighth quoting the words seen or heard ("the post says 'Mr
 *   Hughes is a nonce'", "message said 'send one or everyone sees the last one'"); 39 of each from
 *   Wales, Scotland and Northern Ireland; see their "about"; only their totals were read until
 *   session 67, tuning sets since (78 first and 94 in the top three, and 75 and 89, on arrival,
 *   measured at f2db727; 79 and 94, and 75 and 89, when converted).
 * - `held-out 79` and `held-out 80` (held-out-79.json, held-out-80.json): a seventy-ninth and an
 *   eightieth, 100 queries each by two more people (7 December 2026, session 67), written blind
 *   from the product brief and the page list only: the seventy-ninth two or more things in one
 *   query, or one question wrapped in a lot of context ("fake instagram of our head and a parent is
 *   sharing it on the class whatsapp, what first"); the eightieth asked on a wrong idea or a myth
 *   ("she's 16 so sending nudes is legal isn't it", "we need the parent's permission to contact the
 *   LADO"); 39 of each from Wales, Scotland and Northern Ireland; see their "about"; only their
 *   totals were read until session 68, tuning sets since (83 first and 94 in the top three, and 76
 *   and 88, on arrival, measured at 2bee03f, and the same when converted at 33c519b).
 * - `held-out 81` and `held-out 82` (held-out-81.json, held-out-82.json): an eighty-first and an
 *   eighty-second, 100 queries each by two more people (7 December 2026, session 68), written blind
 *   from the product brief and the page list only: the eighty-first asks to choose or compare ("block
 *   or report first", "LADO or police for a teacher's messages", "is this bullying or harassment");
 *   the eighty-second is staff who moved between the UK's nations or settings and use the terms of
 *   the place they came from, or ask for the equivalent ("in Scotland is it still the LADO", "what
 *   is the Welsh version of KCSIE"), with 20 from each of Wales, Scotland and Northern Ireland; the
 *   eighty-first 13 of each; see their "about"; only their totals were read until session 69,
 *   tuning sets since (78 first and 91 in the top three, and 79 and 93, on arrival, measured at
 *   33c519b, and the same when converted at 6412526).
 * - `held-out 83` and `held-out 84` (held-out-83.json, held-out-84.json): an eighty-third and an
 *   eighty-fourth, 100 queries each by two more people (7 December 2026, session 69), written blind
 *   from the product brief and the page list only: the eighty-third says when it is happening, when it
 *   came to light or how long it has gone on ("just found out at 3.45 on a Friday", "we reported it
 *   two weeks ago and nothing", "how quickly will Instagram take it down"); the eighty-fourth names
 *   the app and the feature precisely (Snapchat streaks and My AI, Instagram close friends and notes,
 *   TikTok duets and Lives, WhatsApp communities and view once, Discord servers, Google reviews,
 *   AirDrop); 39 of each from Wales, Scotland and Northern Ireland; see their "about"; only their
 *   totals were read until session 70, tuning sets since (80 first and 90 in the top three, and 70
 *   and 86, on arrival, measured at 6412526, and the same when converted at d81971e).
 * - `held-out 85` and `held-out 86` (held-out-85.json, held-out-86.json): an eighty-fifth and an
 *   eighty-sixth, 100 queries each by two more people (7 December 2026, session 70), written blind
 *   from the product brief and the page list only: the eighty-fifth asks what happens next and what
 *   will happen to someone ("will the pupil who shared it get a criminal record", "will Instagram
 *   tell him I reported it", "what will the LADO do with my referral"); the eighty-sixth asks what
 *   not to do, or whether a step already taken was a mistake ("should I not screenshot a nude", "I
 *   deleted the messages, was that a mistake", "is it ok to look at his phone"); 39 of each from
 *   Wales, Scotland and Northern Ireland; see their "about"; only their totals are ever read (64
 *   first and 78 in the top three, and 71 and 82, on arrival, measured at d81971e).
 * - `voices` (voices.json): 80 queries written in session 27 (2 December 2026) from the page list
 *   and the product brief, labelled before searching, in the voices the older sets under-represent
 *   (primary, early-years and support staff typing on a phone; heads of year, social workers,
 *   police and helpline staff writing whole questions or case notes); a tuning set from the start:
 *   its misses were read and fixed with general vocabulary. Session 28 added 6 in primary staff's
 *   words (young children showing each other "rude" pictures), labelled before searching.
 * - `voices 2` (voices-2.json): 159 general queries written in session 29 (3 December 2026) from the
 *   page list (titles and section headings), the product brief and the seeds only, labelled and
 *   committed before searching, in the voices the sets had least (Welsh, Scottish and Northern Irish
 *   staff in their own terms, business managers, IT staff, governors, trust leaders, FE and sixth-form
 *   staff, SENCOs, supply teachers, parents via a teacher; phone typing, long narratives, 1-3 words);
 *   none expects an act-now page; a tuning set from the start, its misses fixed with general vocabulary.
 * - `voices 3` (voices-3.json): 133 general queries written in session 29 (3 December 2026) the same
 *   way (page list, product brief and seeds only, labelled and committed before searching) in the
 *   voices of primary and early-years staff, heads of year, coaches, youth workers and clubs, school
 *   police officers, social workers and helpline case notes, and phone typing; none expects an act-now
 *   page first; a tuning set from the start, its misses fixed with general vocabulary.
 * - `voices 4` (voices-4.json): 80 queries written in session 31 (3 December 2026) from the page list
 *   and the product brief only, committed before labelling, in the voices of further-education
 *   colleges, nurseries, special schools and alternative provision, boarding schools, school nurses,
 *   exam officers, librarians, caretakers and janitors, office, agency and supply staff, governors,
 *   coaches, youth workers and parents via a teacher, in all four nations; 22 are about a child at
 *   risk and expect the act-now outcome first, so it is not one of the general sets; a tuning set
 *   from the start, its misses fixed with general vocabulary.
 * - `voices 5` (voices-5.json): 100 queries written blind in session 33 (3 December 2026) from the
 *   product brief and the page list, labelled before searching, in the voices of class teachers, heads
 *   of year, DSLs, heads, business managers, IT staff, TAs, coaches, office staff, governors, FE tutors
 *   and helpline case notes in all four nations; about a quarter expect the act-now outcome first, so
 *   it is not one of the general sets; a tuning set from the start, its misses fixed with general vocabulary.
 * - `safety` (safety.json): queries about a child at risk, written with the act-now concepts and
 *   synonyms, so a tuning set; each expects its concept's act-now page first;
 * - `independent safety` (independent-safety.json): the same, written by someone who had not seen
 *   the search, the synonyms or the content; a tuning set since 1 December 2026 (see its "about");
 * - `independent safety 2` (independent-safety-2.json, when present): its replacement as the
 *   independent measure: only its totals are ever read;
 * - `independent safety 3` (independent-safety-3.json): a third, written the same way (1 December
 *   2026, later); only its totals are ever read;
 * - `independent safety 4` (independent-safety-4.json): a fourth, 60 queries, 10 adults' own cases
 *   (`independent safety 4 adults`) and 30 controls, written the same way on 3 December 2026
 *   (session 33) from the product brief and the concept list only; only its totals are ever read;
 * - `independent safety 5` (independent-safety-5.json): a fifth, the same size and written the same
 *   way the same afternoon, but registered only at the session's end, so its first figures are those
 *   of everything the session changed; only its totals are ever read;
 * - `independent safety 6` (independent-safety-6.json): a sixth, the same size and written the same
 *   way (3 December 2026, session 34), registered at that session's end for the same reason; only
 *   its totals are ever read;
 * - `independent safety 7` (independent-safety-7.json): a seventh, the same size and written the same
 *   way at the start of session 35 (3 December 2026), registered at that session's end for the same
 *   reason; only its totals are ever read;
 * - `safety 4` (safety-4.json): 107 safety queries written by someone who had read only the
 *   concept names (1 December 2026, evening); a tuning set from the start: its misses were read
 *   and fixed with general vocabulary;
 * - `safety 5` (safety-5.json): 92 more by someone else again, in other styles (the UK nations,
 *   pasted words, short fragments); a tuning set the same way;
 * - `safety 6` (safety-6.json): 80 more by someone else again (2 December 2026, session 25), from
 *   the concept names only; a tuning set from the start, the same way;
 * - `safety 6 adults` (safety-6.json's `adults`): 20 adults' own serious cases (a member of staff
 *   blackmailed, their intimate image shared, tracked), each expecting the adult's page first;
 * - `safety 7` (safety-7.json): 90 more by one more person (3 December 2026, session 33), written
 *   blind from the product brief and the concept list only (ids, titles, pages), labelled before
 *   anyone searched, in voices across the four nations; a tuning set from the start, its misses read
 *   and fixed with general rules;
 * - `safety 7 adults` (its `adults`): 15 adults' own serious cases, each with the adult's page;
 * - `safety 8` and `safety 8 adults` (safety-8.json): 90 and 15 more by one more person, written the
 *   same way later that day, in the voices and styles the sets had least (long case notes, youth
 *   workers, clubs, faith settings, boarding, special schools and alternative provision, FE);
 *   a tuning set from the start, its misses read and fixed with general rules;
 * - `safety 9` and `safety 9 adults` (safety-9.json): 90 and 15 more by one more person, the same
 *   way, in the words of what a worried adult saw or was told (TAs, lunchtime staff, bus escorts,
 *   club and scout leaders, foster carers relayed); a tuning set from the start, the same way;
 * - `safety 10` and `safety 10 adults` (safety-10.json): 90 and 15 more the same way, half typed in a
 *   hurry, half sentences and pasted messages; a tuning set from the start, the same way;
 * - `safety 11` and `safety 11 adults` (safety-11.json): 90 and 15 more the same way, two fifths in
 *   the words of Scottish, Welsh and Northern Irish staff; a tuning set from the start, the same way;
 * - `safety 12` and `safety 13` with their adults (safety-12.json, safety-13.json): 90 and 15 more
 *   each the same way (session 34): the twelfth leaning to the concepts the others had fewest of
 *   (five each) and to what a pupil said or showed; the thirteenth to how cases reach a school (a
 *   parent's email forwarded, a police message pasted, a handover note); tuning sets from the start;
 * - `safety 14` and `safety 15` with their adults (safety-14.json, safety-15.json): 90 and 15 more
 *   each the same way (session 34): the fourteenth in young people's own words quoted (text-speak,
 *   slang, pupils' spellings), the fifteenth in senior leaders', governors' and officers' formal,
 *   indirect language; tuning sets from the start;
 * - `safety 16` and `safety 17` with their adults (safety-16.json, safety-17.json): 90 and 15 more
 *   each the same way (session 34): the sixteenth two thirds short phone-typed queries, the
 *   seventeenth the rarest and hardest-to-spot cases, two thirds from Scotland, Wales and Northern
 *   Ireland; adults' own cases in the third person; tuning sets from the start;
 * - `safety 18` and `safety 19` with their adults (safety-18.json, safety-19.json): 90 and 15 more
 *   each the same way (session 35): the eighteenth two thirds short, naming the child only as "her",
 *   "him" or a first name, with ages written every way; the nineteenth cases told as a story, the
 *   most urgent part last or easy to miss, each labelled with its most urgent concept; tuning sets
 *   from the start;
 * - `safety 20` and `safety 21` with their adults (safety-20.json, safety-21.json): 90 more each and
 *   25 and 15 adults, the same way (session 35): the twentieth the line between a child and an adult
 *   (learners of 16 to 19, care leavers, young staff, staff's cases told with pupils in them); the
 *   twenty-first the five serious cases the product names (sextortion through a hacked account,
 *   fake or AI-made nudes, threats of violence, adults blackmailed, trackers), a dozen wordings each;
 *   tuning sets from the start;
 * - `safety 22` and `safety 23` with their adults (safety-22.json, safety-23.json): 90, 15 adults and 40
 *   controls each, written blind the same way (4 December 2026, session 43, by two helpers that read
 *   only the product brief and the list of act-now concepts): the twenty-second the rarest and
 *   hardest-to-spot cases (sextortion from a hacked account or a fake friend, nudify images, threats
 *   told indirectly, trackers, abuse by someone the child knows, children in care found by family,
 *   forced marriage, county lines); the twenty-third risk buried or understated (the urgent part
 *   last, euphemism from senior leaders and officers, pupils' slang quoted, cases that sound
 *   everyday); tuning sets from the start (69 and 64 of 90 on arrival);
 * - `safety 24` and `safety 25` with their adults (safety-24.json, safety-25.json): 90, 15 adults and 40
 *   controls each, written blind the same way (5 December 2026, session 44): the twenty-fourth the
 *   child's own words quoted (slang, text speak, emoji, gaming talk, Welsh, Scots and home-language
 *   words), very young children and children with SEND or little English whose risk is read from
 *   what an adult noticed, and online-only "friends"; the twenty-fifth cases told by people outside
 *   school (foster carers, coaches, faith and youth leaders, tutors, childminders, parents, helpline
 *   call notes), the harm often by someone trusted, and adults' own cases that mention a child who is
 *   not at risk; tuning sets from the start (60 and 56 of 90 on arrival, 6 and 5 of 15 adults, 5 and
 *   3 of 40 controls firing, at d8505c8);
 * - `safety 26` and `safety 27` with their adults (safety-26.json, safety-27.json): 90, 15 adults and 40
 *   controls each, written blind the same way (5 December 2026, session 45): the twenty-sixth
 *   monitoring and filtering alerts pasted as IT sends them, AI chatbots and companions, nudify
 *   images, sextortion from hacked accounts, Discord, Roblox, livestreams and gifting, trackers and
 *   money; the twenty-seventh Wales, Scotland and Northern Ireland and older teenagers of 16 and 17
 *   (sixth form, college, apprentices, young carers), with young adults of 18 to 20 among the adults;
 *   tuning sets from the start (59 and 73 of 90 on arrival, 9 and 7 of 15 adults, 5 and 3 of 40
 *   controls firing, at 7d1ec72);
 * - `safety 28` and `safety 29` with their adults (safety-28.json, safety-29.json): 90, 15 adults and 40
 *   controls each, written blind the same way (5 December 2026, session 46): the twenty-eighth the
 *   very short and rushed (phone-typed, voice-dictated, an urgent risk behind an everyday problem,
 *   quiet signs of suicide); the twenty-ninth adults and children in the same story (staff
 *   blackmailed, threatened or tracked who mention a child not at risk, allegations about staff,
 *   harm by someone the child knows, children in care, exploitation, radicalisation); tuning sets
 *   from the start (65 and 68 of 90 on arrival, 12 and 4 of 15 adults, 3 and 4 of 40 controls firing,
 *   at e38c791);
 * - `safety 30` and `safety 31` with their adults (safety-30.json, safety-31.json): 90, 15 adults and 40
 *   controls each, written blind the same way (5 December 2026, session 47): the thirtieth the rare
 *   but serious cases told indirectly (sextortion through a hacked account, AI-made nudes, threats in
 *   game chats and drill videos, trackers; as a question of law, third-hand, or inside an email about
 *   something else), with controls that ask about the law, policy and teaching; the thirty-first
 *   Wales, Scotland and Northern Ireland in their own words, the youngest children, children with
 *   additional needs or little English, and newer apps; tuning sets from the start (74 and 70 of 90
 *   on arrival, 9 and 11 of 15 adults, 8 and 4 of 40 controls firing, at 16e18a3);
 * - `safety 32` and `safety 33` with their adults (safety-32.json, safety-33.json): 90, 15 adults and 40
 *   controls each, written blind the same way later in session 47, after the rules for the thirtieth
 *   and thirty-first were written: the thirty-second children's own words passed on (quoted, pasted,
 *   described from a screenshot; children with additional needs; urgency in time words); the
 *   thirty-third formal case notes and referrals, and settings outside school (clubs, faith groups,
 *   camps, children's homes, colleges); tuning sets from the start (72 and 66 of 90 on arrival, 6 and 3
 *   of 15 adults, 3 and 5 of 40 controls firing, the same at 16e18a3: the session's earlier rules moved
 *   none of them);
 * - `safety 34` and `safety 35` with their adults (safety-34.json, safety-35.json): 90, 15 adults and 40
 *   controls each, written blind the same way in session 48: the thirty-fourth a risk inside an
 *   everyday, practical question (how to report it, what to tell parents, can it wait until Monday;
 *   two problems at once, the everyday one first); the thirty-fifth messy typing (misspellings,
 *   text-speak, dropped letters, voice-to-text slips, slang quoted, Welsh, Scots and Northern Irish
 *   English); tuning sets from the start (75 and 56 of 90 on arrival, 6 and 7 of 15 adults, 4 and 2
 *   of 40 controls firing, the same at b2bda83, the session's start);
 * - `safety 36` and `safety 37` with their adults (safety-36.json, safety-37.json): 90, 15 adults and 40
 *   controls each, written blind the same way in session 49: the thirty-sixth a risk told second-hand,
 *   hedged or played down ("probably nothing but", "she laughed it off", asked as a question of
 *   procedure) and the rare serious cases (sextortion through a hacked account, AI-made nudes, trackers,
 *   adults met in games, virtual reality, chatbots and live streams); the thirty-seventh children at the
 *   edges of age, place and need (16 and 17 year olds, the very young, special and additional learning
 *   needs, looked-after and adopted children, boarding and trips), at least half in Wales, Scotland and
 *   Northern Ireland, with students of 18 among the adults; tuning sets from the start (65 and 71 of 90
 *   on arrival, 4 and 5 of 15 adults, 2 and 3 of 40 controls firing);
 * - `safety 38` and `safety 39` with their adults (safety-38.json, safety-39.json): 90, 15 adults and 40
 *   controls each, written blind the same way in session 50: the thirty-eighth the urgent detail
 *   hidden inside something else (a message mostly about a fake account, a data request or a lost
 *   phone, the child at risk mentioned once, late or in a quote; the wrong question asked; dictated
 *   slips such as "self arm" and "sex tortion"); the thirty-ninth harm between children and online
 *   harm that moves offline (older pupils making younger ones carry or send images, rating and
 *   sharing images, filming in toilets, fights arranged online, a child picked up by a car or gone
 *   missing after online contact); tuning sets from the start (74 and 62 of 90 on arrival, 7 and 8 of
 *   15 adults, 4 and 1 of 40 controls firing);
 * - `safety 40` and `safety 41` with their adults (safety-40.json, safety-41.json): 90, 15 adults and 40
 *   controls each, written blind the same way in session 51: the fortieth age and identity at the
 *   edges (16- and 17-year-olds, an 18-year-old with a Year 10, the very young, pupils with SEN, ALN
 *   or ASN, siblings and children from clubs or other schools, trips and boarding, a child known only
 *   by a username); the forty-first the worst cases typed in a rush (very short queries, pupils'
 *   slang quoted, misspellings, a question about the process that hides the case, a case told
 *   backwards or second-hand, a past event that may still be going on); tuning sets from the start
 *   (78 and 78 of 90 on arrival, 5 and 5 of 15 adults, none and 1 of 40 controls firing);
 * - `safety 42` and `safety 43` with their adults (safety-42.json, safety-43.json): 90, 15 adults and 40
 *   controls each, written blind the same way in session 52: the forty-second how a case reaches an
 *   adult through technology and the newer places harm happens (AI companion and nudify apps, VR,
 *   livestream gifts, Snap Map, vanish mode, AirDrop, smart watches, party chat, a monitoring alert, a
 *   case found by accident); the forty-third what the adult has already done or means to do ("I
 *   already deleted it", "she made me promise", "the parents will deal with it") and the rarer kinds
 *   of harm (exploitation, radicalisation, "honour", a child in care, a young child's sexual
 *   behaviour, an address posted, a paramilitary threat, a filmed assault); tuning sets from the start
 *   (77 and 71 of 90 on arrival, 8 and 4 of 15 adults, 1 and 3 of 40 controls firing);
 * - `safety 44` and `safety 45` with their adults (safety-44.json, safety-45.json): the same again,
 *   written blind in session 53: the forty-fourth where and when a case happens or comes to light away
 *   from the classroom (weekends, holidays, trips and residentials, clubs, a place of worship, a part-
 *   time job) and who tells the adult (a friend, a sibling, an anonymous tool, a late email), with
 *   pupils harming pupils; the forty-fifth the child's own words quoted (slang, emoji, text-speak),
 *   children with SEND or ALN and very young children, and dictation; tuning sets from the start (74
 *   and 72 of 90 on arrival, 4 and 4 of 15 adults, 4 and 7 of 40 controls firing);
 * - `safety 46` and `safety 47` with their adults (safety-46.json, safety-47.json): the same again,
 *   written blind in session 54: the forty-sixth the platform and the mechanism named in detail
 *   (Discord, Roblox and Fortnite voice chat, VR chat rooms, AirDrop, Snap Map, AirTags, Telegram,
 *   random video chat, Wizz and Yubo, TikTok Live gifts, "selling content", AI companions and undress
 *   apps, burner accounts, in-game currency); the forty-seventh understatement and uncertainty
 *   ("probably nothing but", "a bit odd"), case-note shorthand (CSE, CCE, HSB, IIOC, SGII, MASH,
 *   IRD, LADO) and timing (months ago, over the holidays, ongoing, right now); tuning sets from the
 *   start (81 and 68 of 90 on arrival, 3 and 7 of 15 adults, 3 and 8 of 40 controls firing);
 * - `safety 48` and `safety 49` with their adults (safety-48.json, safety-49.json): the same again,
 *   written blind in session 55: the forty-eighth the rarer concepts told in full (county lines and
 *   money mules, Prevent, school-shooter fandoms and "the com", forced marriage, abuse seen on a call
 *   or a Snap story, a child in care, a filmed assault, a stranger filming, punishment threats,
 *   tracking); the forty-ninth real cases asked as "what if" or "is it a crime if", something about
 *   to happen, a plan the adult wants confirmed and a case handed over, with controls that are
 *   genuine training, quiz, policy and lesson scenarios in the same shape; tuning sets from the start
 *   (64 and 77 of 90 on arrival, 8 and 7 of 15 adults, 2 and 13 of 40 controls firing);
 * - `safety 50` and `safety 51` with their adults (safety-50.json, safety-51.json): the same again,
 *   written blind in session 56: the fiftieth two harms at once, where the most urgent must come
 *   first (sextortion and a threat of suicide, grooming and a meet-up tonight, a hacked account
 *   asking friends for nudes, a fake nude and then money demanded), with controls that mix two topics
 *   in ordinary use; the fifty-first Wales, Scotland and Northern Ireland in their own terms (73 of
 *   its 90 queries and 33 of its 40 controls), with their school years, roles, bodies, places,
 *   dialect and a few Welsh words; tuning sets from the start (70 and 83 of 90 on arrival, 9 and 13 of
 *   15 adults, 4 and 2 of 40 controls firing);
 * - `safety 52` and `safety 53` with their adults (safety-52.json, safety-53.json): the same again,
 *   written blind in session 57: the fifty-second whose case it is, an adult's or a child's (staff who
 *   are themselves blackmailed, threatened, tracked or whose intimate images are shared, told in the
 *   first person or by a colleague, beside look-alike cases where a child is the one at risk: a
 *   pupil's nude sent to a teacher, a teacher telling a pupil to keep secrets, a pupil's words passed
 *   on); the fifty-third who did it, when it is not a stranger online (family and household, other
 *   children, ex-pupils, a neighbour, a taxi driver or escort, a coach or tutor outside school), with
 *   controls that use the same words about ordinary family and school life; tuning sets from the
 *   start (76 and 63 of 90 on arrival, 9 and 8 of 15 adults, 2 and 3 of 40 controls firing);
 * - `safety 54` and `safety 55` with their adults (safety-54.json, safety-55.json): the same again,
 *   written blind in session 58: the fifty-fourth children who are more vulnerable and how that
 *   changes the case (special educational or additional learning needs, children in care, young
 *   carers, pupils with little English, LGBTQ+ pupils threatened with being outed, alternative
 *   provision, children missing education, refugee children), with controls about ordinary SEND,
 *   care and inclusion work; the fifty-fifth long messages where the risk is buried (a case told
 *   over three to six sentences, pasted from an email or a case note, whose first sentences are
 *   ordinary and whose danger comes in the middle or at the end), with long everyday controls that
 *   use alarming words in an ordinary sense; tuning sets from the start (79 and 74 of 90 on
 *   arrival, 9 and 7 of 15 adults, 0 and 7 of 40 controls firing);
 * - `safety 56` and `safety 57` with their adults (safety-56.json, safety-57.json): the same again,
 *   written blind in session 59: the fifty-sixth risk told down (the writer hedges, minimises or
 *   doubts it: "probably nothing but", "she says it was a joke", "he's fine now", "parents don't want
 *   a fuss"), with controls that are hedged and truly minor; the fifty-seventh cases told
 *   second-hand, from the past or from outside school (a friend, another parent, an anonymous tip, a
 *   screenshot on someone else's phone; last year, the holidays, a previous school, a former pupil
 *   telling of their school days), with second-hand and past everyday controls; tuning sets from the
 *   start (75 and 67 of 90 on arrival, 11 and 8 of 15 adults, 4 and 1 of 40 controls firing);
 * - `safety 58` and `safety 59` with their adults (safety-58.json, safety-59.json): the same again,
 *   written blind in session 60: the fifty-eighth how a case is typed rather than what happened
 *   (voice-to-text slips such as "new des" and "self home", spellings by sound such as "suside" and
 *   "blackmale", and dialect from across the UK: "wean", "greetin", "the polis", "yer man", "our
 *   kid", "opps"), with controls in the same spellings and dialect; the fifty-ninth the asker's own
 *   next move ("shall I look at the pics on his phone", "I'm going to ring his dad tonight", "can it
 *   wait till Monday", "police said it's a school matter"), some of which would do harm, with
 *   next-move controls about everyday matters; tuning sets from the start (76 and 75 of 90 on
 *   arrival, 10 and 6 of 15 adults, 8 and 3 of 40 controls firing);
 * - `safety 60` and `safety 61` with their adults (safety-60.json, safety-61.json): the same again,
 *   written blind in session 61: the sixtieth the app, game, device or tool the harm came through
 *   (AI companion and nudify apps, voice cloning, Roblox and VR rooms, Discord and Telegram, Snap Map,
 *   TikTok Live gifts, random video chat, vault apps, AirTags, smart glasses), sometimes named only by
 *   what it does, with everyday controls about the same technology; the sixty-first when it happened
 *   (now, tonight, on a trip, at 2am in a boarding house; last week, years ago; planned for Saturday),
 *   labelled with what is needed first, with controls that carry times; tuning sets from the start
 *   (74 and 80 of 90 on arrival, 8 and 10 of 15 adults, 3 and 5 of 40 controls firing, measured at
 *   f443cfa);
 * - `safety 62` and `safety 63` with their adults (safety-62.json, safety-63.json): the same again,
 *   written blind in session 62: the sixty-second harm done by another child or young person (a
 *   boyfriend or girlfriend, an older pupil, a friendship group or a year group, a gang of teenagers,
 *   a classmate making nudify fakes or egging another on to self-harm), with controls of ordinary
 *   fallings-out, banter and healthy-relationships lessons; the sixty-third the youngest children
 *   (nursery, Reception and infants, juniors: P1 to P7, Foundation Phase), often in their own small
 *   words, with controls of infants' online safety lessons, nativity photos, monster stories and a
 *   toy knife in the role-play corner; tuning sets from the start (73 and 66 of 90 on arrival, 11 and
 *   10 of 15 adults, 2 and 6 of 40 controls firing, measured at 0bed48d);
 * - `safety 64` and `safety 65` with their adults (safety-64.json, safety-65.json): the same again,
 *   written blind in session 63: the sixty-fourth culture, faith, family and belonging (honour-based
 *   abuse, forced marriage and FGM, radicalisation and extremist material online, children in care
 *   contacted by birth family, refugee and Traveller children, words passed on by an interpreter,
 *   faith schools and youth groups), with controls of RE and history lessons, a family wedding
 *   abroad and festival photo forms; the sixty-fifth typed by the child or a parent in their own
 *   first-person words ("someone has my nudes and wants £200", "my son says someone is threatening
 *   to stab him"), with staff typing their own cases as its adults and controls of pupils' and
 *   parents' everyday questions; tuning sets from the start (64 and 64 of 90 on arrival, 9 and 11
 *   of 15 adults, 7 and 2 of 40 controls firing, measured at d5c0e5e);
 * - `safety 66` and `safety 67` with their adults (safety-66.json, safety-67.json): the same again,
 *   written blind in session 64: the sixty-sixth boys and young men as the ones at risk, and the
 *   ways their harm is told down or missed (boys sextorted after sending a video, groomed by older
 *   women or by men posing as girls or gaming coaches, criminally exploited, suicidal talk told as
 *   gaming rage or a joke, the "manosphere"), with male staff's own cases as its adults and controls
 *   of banter, a sextortion lesson for Year 9 boys, a rugby tour form and a boxing club video; the
 *   sixty-seventh a risk hidden inside one of the site's everyday matters (a fake school account
 *   messaging pupils for photos, a hacked account sending a pupil's nude, a review saying a named
 *   teacher touches pupils, a parent's complaint that ends with her son saying he wants to die), with
 *   the same matters as its controls; tuning sets from the start (69 and 69 of 90 on arrival, 6 and
 *   10 of 15 adults, 3 and 3 of 40 controls firing, measured at ae980ca);
 * - `safety 68` and `safety 69` with their adults (safety-68.json, safety-69.json): the same again,
 *   written blind in session 65: the sixty-eighth a child the writer does not know or cannot name
 *   (what looks like a child's nude seen on X, a child on a livestream told to undress, an anonymous
 *   account that seems to be a young teenager posting about ending their life, a child in a Discord
 *   server who says an adult is hurting them), with adults who are strangers too and controls of
 *   news stories, a viral dance and a lost child found safe; the sixty-ninth adults in a position of
 *   trust who are not class teachers (tutors, coaches, drivers, faith and youth leaders, student
 *   and supply teachers, a caretaker, an invigilator, a host family) harming or grooming a child,
 *   with the same roles harmed as its adults and in everyday matters (DBS checks, a minibus rota,
 *   a coach's fixtures group) as its controls; tuning sets from the start (68 and 50 of 90 on
 *   arrival, 5 and 5 of 15 adults, 7 and 2 of 40 controls firing, measured at 2bfa4bb);
 * - `safety 70` and `safety 71` with their adults (safety-70.json, safety-71.json): the same again,
 *   written blind in session 66: the seventieth a child who has done harm and is also at risk, where
 *   a school might see only the behaviour (a pupil who shared a classmate's nude and is now
 *   blackmailed himself, a threat posted after months of bullying, a boy excluded for selling drugs
 *   who is "run" by older men), with staff blackmailed or threatened after an exclusion as its
 *   adults and ordinary behaviour matters as its controls; the seventy-first a risk found through
 *   the school's own systems and records (a filtering or monitoring alert, a school laptop's search
 *   history, a Teams chat, a lost phone handed in, the school's social-media inbox, a pupil's
 *   story), with staff harmed as its adults and ordinary IT and records matters as its controls;
 *   tuning sets from the start (62 and 69 of 90 on arrival, 7 and 8 of 15 adults, 3 and 1 of 40
 *   controls firing, measured at f2db727);
 * - `safety 72` and `safety 73` with their adults (safety-72.json, safety-73.json): the same again,
 *   written blind in session 67: the seventy-second a risk that comes back or goes on after it was
 *   handled (the police took no further action and the blackmailer is back, a nude taken down and
 *   shared again at a new school, a child who moved schools found by the same man, a fake account
 *   back under a new name with a threat), with staff whose case came back as its adults and
 *   ordinary follow-ups as its controls; the seventy-third many children at once (one stranger
 *   adding a dozen Year 8s, a nude passed round a year group, sextortion messages to several boys
 *   in a week, a challenge spreading through a primary), with several staff harmed at once as its
 *   adults and whole-school matters as its controls; tuning sets from the start (68 and 75 of 90
 *   on arrival, 8 and 8 of 15 adults, 3 and 2 of 40 controls firing, measured at 2bee03f);
 * - `safety 74` and `safety 75` with their adults (safety-74.json, safety-75.json): the same again,
 *   written blind in session 68: the seventy-fourth ages at the edge, where who counts as a child
 *   decides the answer (a sixth former's nudes shared by her 19-year-old boyfriend, a 17-year-old
 *   apprentice blackmailed, a pupil who has just turned 18, a 19-year-old youth worker messaging a
 *   15-year-old), with young adults harmed as its adults and lessons on the age of consent and
 *   sixth-form matters as its controls; the seventy-fifth money, gifts and favours as the lever
 *   (Robux or gift cards for pictures, vapes and lifts from an older man, a "debt", a bank account
 *   lent for cash, a sextortion demand in crypto), with staff asked for money under threat as its
 *   adults and fundraising, cashless canteens and in-game purchases as its controls; tuning sets
 *   from the start (70 and 64 of 90 on arrival, 7 and 8 of 15 adults, 2 and 6 of 40 controls
 *   firing, measured at 33c519b);
 * - `safety 76` and `safety 77` with their adults (safety-76.json, safety-77.json): the same again,
 *   written blind in session 69: the seventy-sixth what it is not (the writer rules a risk out or
 *   corrects themselves, and the risk is still there: "it's not a real picture, it's an AI one, of
 *   a Year 9", "not a drugs education question... he's just 'doing runs' for a mate"), with staff
 *   saying "no pupil is involved" as its adults and controls where the negation is real ("it's not
 *   real knives, it's the props for the play"); the seventy-seventh pictures and videos told without
 *   the usual words ("the photo from the sleepover", "a swimsuit photo edited with AI", "filmed in
 *   the changing room", "the thing in the toilets"), with staff whose images are edited or filmed as
 *   its adults and school photos, sports day filming and the yearbook as its controls; tuning sets
 *   from the start (72 and 71 of 90 on arrival, 11 and 11 of 15 adults, 3 and 2 of 40 controls
 *   firing, measured at 6412526);
 * - `safety 78` and `safety 79` with their adults (safety-78.json, safety-79.json): the same again,
 *   written blind in session 70: the seventy-eighth the words quoted as they were written or said
 *   (a blackmailer's "send one more or I post it to all ur followers", a child's "she said 'I don't
 *   want to be here anymore'", "kys", "rate her 1-10", "delete this chat, don't tell ur mum"), with
 *   staff quoting the message they got as its adults and everyday quoted words ("I'm literally
 *   dying" about homework, "I'll kill you" in a game of tag) as its controls; the seventy-ninth the
 *   risk named in the sector's formal terms and shorthand (CSE and CCE, county lines and cuckooing,
 *   HSB and TA-HSB, IIOC, SGII, NCII, FMSE, Prevent and Channel, a section 47, CME, "a risk to
 *   life"), with staff harmed told the same way as its adults and the same terms in training,
 *   policies and lessons as its controls; tuning sets from the start (71 and 79 of 90 on arrival, 9
 *   and 12 of 15 adults, 2 and 5 of 40 controls firing, measured at d81971e);
 * - `safety staff` (safety-staff.json): 32 queries about a member of staff's conduct towards a pupil
 *   online (28 expecting the allegation outcome, 4 a stranger's grooming), written in session 27
 *   before the `staff-conduct` concept's rules, and 13 more since (5 later in session 27; 8 in
 *   session 28: a member of staff in a group chat with pupils, a claim of hacking), each labelled
 *   before it was searched; a tuning set from the start;
 * - `safety staff controls` (safety-staff.json's controls): pupils or parents messaging a teacher,
 *   a teacher's own account or reputation, policy questions, each with the page that should come first;
 * - `safety worst` (safety-worst.json): 52 queries about the rarest, most serious cases (session 28),
 *   labelled before searching: indecent images of children (with a member of staff involved, an
 *   allegation), covert filming of a pupil, a pupil's address posted with threats, an online group
 *   coercing a child on camera, a fight video with a child knocked out, criminal exploitation; a
 *   tuning set from the start; 23 more in session 29, labelled before searching (the same families
 *   led to an outcome's own section, a member of staff claiming their account was hacked, sexual
 *   behaviour beyond a young child's age); 20 more in session 30, labelled before searching (an
 *   online group coercing a child, `online-group-coercion`, with 999 first where it is happening
 *   now; a stranger filming pupils, `stranger-filming-children`);
 * - `safety worst adults` (its `adults`): covert filming of a member of staff, and a member of staff's
 *   address posted with threats; since session 29 also an adult learner's images, a sextortion email
 *   to a member of staff and a fake of one; each with the page that should come first;
 * - `safety worst controls` (its controls): queries that share those words but are not a risk
 *   (filming a nativity or a PE lesson, the school's address, a fight scene in drama, policy training),
 *   each with the page that should come first;
 * - `safety controls` (safety.json's controls): queries that share words with the safety queries
 *   but are not about a child at risk, with the page that should come first.
 */
/** The newer independent safety sets, read once when they have arrived (measure only). */
const INDEPENDENT_SAFETY_2 = optionalSet<SafetySetFile>('independent-safety-2.json');
const INDEPENDENT_SAFETY_3 = optionalSet<SafetySetFile>('independent-safety-3.json');
const INDEPENDENT_SAFETY_4 = optionalSet<SafetySetFile & { adults?: RelevanceCase[] }>('independent-safety-4.json');
const INDEPENDENT_SAFETY_5 = optionalSet<SafetySetFile & { adults?: RelevanceCase[] }>('independent-safety-5.json');
const INDEPENDENT_SAFETY_6 = optionalSet<SafetySetFile & { adults?: RelevanceCase[] }>('independent-safety-6.json');
const INDEPENDENT_SAFETY_7 = optionalSet<SafetySetFile & { adults?: RelevanceCase[] }>('independent-safety-7.json');

export const QUERY_SETS = {
	tuning: tuning.queries,
	'held-out': heldOut.queries,
	sections: sections.queries,
	'sections 2': sections2.queries,
	blind: blind.queries,
	'held-out 2': optionalSet<{ queries: RelevanceCase[] }>('held-out-2.json')?.queries ?? [],
	'held-out 3': optionalSet<{ queries: RelevanceCase[] }>('held-out-3.json')?.queries ?? [],
	'held-out 4': optionalSet<{ queries: RelevanceCase[] }>('held-out-4.json')?.queries ?? [],
	'held-out 5': optionalSet<{ queries: RelevanceCase[] }>('held-out-5.json')?.queries ?? [],
	'held-out 6': optionalSet<{ queries: RelevanceCase[] }>('held-out-6.json')?.queries ?? [],
	'held-out 7': optionalSet<{ queries: RelevanceCase[] }>('held-out-7.json')?.queries ?? [],
	'held-out 8': optionalSet<{ queries: RelevanceCase[] }>('held-out-8.json')?.queries ?? [],
	'held-out 9': optionalSet<{ queries: RelevanceCase[] }>('held-out-9.json')?.queries ?? [],
	'held-out 10': optionalSet<{ queries: RelevanceCase[] }>('held-out-10.json')?.queries ?? [],
	'held-out 11': optionalSet<{ queries: RelevanceCase[] }>('held-out-11.json')?.queries ?? [],
	'held-out 12': optionalSet<{ queries: RelevanceCase[] }>('held-out-12.json')?.queries ?? [],
	'held-out 13': optionalSet<{ queries: RelevanceCase[] }>('held-out-13.json')?.queries ?? [],
	'held-out 14': optionalSet<{ queries: RelevanceCase[] }>('held-out-14.json')?.queries ?? [],
	'held-out 15': optionalSet<{ queries: RelevanceCase[] }>('held-out-15.json')?.queries ?? [],
	'held-out 16': optionalSet<{ queries: RelevanceCase[] }>('held-out-16.json')?.queries ?? [],
	'held-out 17': optionalSet<{ queries: RelevanceCase[] }>('held-out-17.json')?.queries ?? [],
	'held-out 18': optionalSet<{ queries: RelevanceCase[] }>('held-out-18.json')?.queries ?? [],
	'held-out 19': optionalSet<{ queries: RelevanceCase[] }>('held-out-19.json')?.queries ?? [],
	'held-out 20': optionalSet<{ queries: RelevanceCase[] }>('held-out-20.json')?.queries ?? [],
	'held-out 21': optionalSet<{ queries: RelevanceCase[] }>('held-out-21.json')?.queries ?? [],
	'held-out 22': optionalSet<{ queries: RelevanceCase[] }>('held-out-22.json')?.queries ?? [],
	'held-out 23': optionalSet<{ queries: RelevanceCase[] }>('held-out-23.json')?.queries ?? [],
	'held-out 24': optionalSet<{ queries: RelevanceCase[] }>('held-out-24.json')?.queries ?? [],
	'held-out 25': optionalSet<{ queries: RelevanceCase[] }>('held-out-25.json')?.queries ?? [],
	'held-out 26': optionalSet<{ queries: RelevanceCase[] }>('held-out-26.json')?.queries ?? [],
	'held-out 27': optionalSet<{ queries: RelevanceCase[] }>('held-out-27.json')?.queries ?? [],
	'held-out 28': optionalSet<{ queries: RelevanceCase[] }>('held-out-28.json')?.queries ?? [],
	'held-out 29': optionalSet<{ queries: RelevanceCase[] }>('held-out-29.json')?.queries ?? [],
	'held-out 30': optionalSet<{ queries: RelevanceCase[] }>('held-out-30.json')?.queries ?? [],
	'held-out 31': optionalSet<{ queries: RelevanceCase[] }>('held-out-31.json')?.queries ?? [],
	'held-out 32': optionalSet<{ queries: RelevanceCase[] }>('held-out-32.json')?.queries ?? [],
	'held-out 33': optionalSet<{ queries: RelevanceCase[] }>('held-out-33.json')?.queries ?? [],
	'held-out 34': optionalSet<{ queries: RelevanceCase[] }>('held-out-34.json')?.queries ?? [],
	'held-out 35': optionalSet<{ queries: RelevanceCase[] }>('held-out-35.json')?.queries ?? [],
	'held-out 36': optionalSet<{ queries: RelevanceCase[] }>('held-out-36.json')?.queries ?? [],
	'held-out 37': optionalSet<{ queries: RelevanceCase[] }>('held-out-37.json')?.queries ?? [],
	'held-out 38': optionalSet<{ queries: RelevanceCase[] }>('held-out-38.json')?.queries ?? [],
	'held-out 39': optionalSet<{ queries: RelevanceCase[] }>('held-out-39.json')?.queries ?? [],
	'held-out 40': optionalSet<{ queries: RelevanceCase[] }>('held-out-40.json')?.queries ?? [],
	'held-out 41': optionalSet<{ queries: RelevanceCase[] }>('held-out-41.json')?.queries ?? [],
	'held-out 42': optionalSet<{ queries: RelevanceCase[] }>('held-out-42.json')?.queries ?? [],
	'held-out 43': optionalSet<{ queries: RelevanceCase[] }>('held-out-43.json')?.queries ?? [],
	'held-out 44': optionalSet<{ queries: RelevanceCase[] }>('held-out-44.json')?.queries ?? [],
	'held-out 45': optionalSet<{ queries: RelevanceCase[] }>('held-out-45.json')?.queries ?? [],
	'held-out 46': optionalSet<{ queries: RelevanceCase[] }>('held-out-46.json')?.queries ?? [],
	'held-out 47': optionalSet<{ queries: RelevanceCase[] }>('held-out-47.json')?.queries ?? [],
	'held-out 48': optionalSet<{ queries: RelevanceCase[] }>('held-out-48.json')?.queries ?? [],
	'held-out 49': optionalSet<{ queries: RelevanceCase[] }>('held-out-49.json')?.queries ?? [],
	'held-out 50': optionalSet<{ queries: RelevanceCase[] }>('held-out-50.json')?.queries ?? [],
	'held-out 51': optionalSet<{ queries: RelevanceCase[] }>('held-out-51.json')?.queries ?? [],
	'held-out 52': optionalSet<{ queries: RelevanceCase[] }>('held-out-52.json')?.queries ?? [],
	'held-out 53': optionalSet<{ queries: RelevanceCase[] }>('held-out-53.json')?.queries ?? [],
	'held-out 54': optionalSet<{ queries: RelevanceCase[] }>('held-out-54.json')?.queries ?? [],
	'held-out 55': optionalSet<{ queries: RelevanceCase[] }>('held-out-55.json')?.queries ?? [],
	'held-out 56': optionalSet<{ queries: RelevanceCase[] }>('held-out-56.json')?.queries ?? [],
	'held-out 57': optionalSet<{ queries: RelevanceCase[] }>('held-out-57.json')?.queries ?? [],
	'held-out 58': optionalSet<{ queries: RelevanceCase[] }>('held-out-58.json')?.queries ?? [],
	'held-out 59': optionalSet<{ queries: RelevanceCase[] }>('held-out-59.json')?.queries ?? [],
	'held-out 60': optionalSet<{ queries: RelevanceCase[] }>('held-out-60.json')?.queries ?? [],
	'held-out 61': optionalSet<{ queries: RelevanceCase[] }>('held-out-61.json')?.queries ?? [],
	'held-out 62': optionalSet<{ queries: RelevanceCase[] }>('held-out-62.json')?.queries ?? [],
	'held-out 63': optionalSet<{ queries: RelevanceCase[] }>('held-out-63.json')?.queries ?? [],
	'held-out 64': optionalSet<{ queries: RelevanceCase[] }>('held-out-64.json')?.queries ?? [],
	'held-out 65': optionalSet<{ queries: RelevanceCase[] }>('held-out-65.json')?.queries ?? [],
	'held-out 66': optionalSet<{ queries: RelevanceCase[] }>('held-out-66.json')?.queries ?? [],
	'held-out 67': optionalSet<{ queries: RelevanceCase[] }>('held-out-67.json')?.queries ?? [],
	'held-out 68': optionalSet<{ queries: RelevanceCase[] }>('held-out-68.json')?.queries ?? [],
	'held-out 69': optionalSet<{ queries: RelevanceCase[] }>('held-out-69.json')?.queries ?? [],
	'held-out 70': optionalSet<{ queries: RelevanceCase[] }>('held-out-70.json')?.queries ?? [],
	'held-out 71': optionalSet<{ queries: RelevanceCase[] }>('held-out-71.json')?.queries ?? [],
	'held-out 72': optionalSet<{ queries: RelevanceCase[] }>('held-out-72.json')?.queries ?? [],
	'held-out 73': optionalSet<{ queries: RelevanceCase[] }>('held-out-73.json')?.queries ?? [],
	'held-out 74': optionalSet<{ queries: RelevanceCase[] }>('held-out-74.json')?.queries ?? [],
	'held-out 75': optionalSet<{ queries: RelevanceCase[] }>('held-out-75.json')?.queries ?? [],
	'held-out 76': optionalSet<{ queries: RelevanceCase[] }>('held-out-76.json')?.queries ?? [],
	'held-out 77': optionalSet<{ queries: RelevanceCase[] }>('held-out-77.json')?.queries ?? [],
	'held-out 78': optionalSet<{ queries: RelevanceCase[] }>('held-out-78.json')?.queries ?? [],
	'held-out 79': optionalSet<{ queries: RelevanceCase[] }>('held-out-79.json')?.queries ?? [],
	'held-out 80': optionalSet<{ queries: RelevanceCase[] }>('held-out-80.json')?.queries ?? [],
	'held-out 81': optionalSet<{ queries: RelevanceCase[] }>('held-out-81.json')?.queries ?? [],
	'held-out 82': optionalSet<{ queries: RelevanceCase[] }>('held-out-82.json')?.queries ?? [],
	'held-out 83': optionalSet<{ queries: RelevanceCase[] }>('held-out-83.json')?.queries ?? [],
	'held-out 84': optionalSet<{ queries: RelevanceCase[] }>('held-out-84.json')?.queries ?? [],
	'held-out 85': optionalSet<{ queries: RelevanceCase[] }>('held-out-85.json')?.queries ?? [],
	'held-out 86': optionalSet<{ queries: RelevanceCase[] }>('held-out-86.json')?.queries ?? [],
	voices: voices.queries,
	'voices 2': voices2.queries,
	'voices 3': voices3.queries,
	'voices 4': voices4.queries,
	'voices 5': voices5.queries,
	safety: safetyCases(safety.queries),
	'independent safety': safetyCases(independentSafety.queries),
	'independent safety 2': safetyCases(INDEPENDENT_SAFETY_2?.queries ?? []),
	'independent safety 3': safetyCases(INDEPENDENT_SAFETY_3?.queries ?? []),
	'independent safety 4': safetyCases(INDEPENDENT_SAFETY_4?.queries ?? []),
	'independent safety 4 adults': INDEPENDENT_SAFETY_4?.adults ?? [],
	'independent safety 5': safetyCases(INDEPENDENT_SAFETY_5?.queries ?? []),
	'independent safety 5 adults': INDEPENDENT_SAFETY_5?.adults ?? [],
	'independent safety 6': safetyCases(INDEPENDENT_SAFETY_6?.queries ?? []),
	'independent safety 6 adults': INDEPENDENT_SAFETY_6?.adults ?? [],
	'independent safety 7': safetyCases(INDEPENDENT_SAFETY_7?.queries ?? []),
	'independent safety 7 adults': INDEPENDENT_SAFETY_7?.adults ?? [],
	'safety 4': safetyCases(safety4.queries),
	'safety 5': safetyCases(safety5.queries),
	'safety 6': safetyCases(safety6.queries),
	'safety 6 adults': safety6.adults,
	'safety 7': safetyCases(safety7.queries),
	'safety 7 adults': safety7.adults,
	'safety 8': safetyCases(safety8.queries),
	'safety 8 adults': safety8.adults,
	'safety 9': safetyCases(safety9.queries),
	'safety 9 adults': safety9.adults,
	'safety 10': safetyCases(safety10.queries),
	'safety 10 adults': safety10.adults,
	'safety 11': safetyCases(safety11.queries),
	'safety 11 adults': safety11.adults,
	'safety 12': safetyCases(safety12.queries),
	'safety 12 adults': safety12.adults,
	'safety 13': safetyCases(safety13.queries),
	'safety 13 adults': safety13.adults,
	'safety 14': safetyCases(safety14.queries),
	'safety 14 adults': safety14.adults,
	'safety 15': safetyCases(safety15.queries),
	'safety 15 adults': safety15.adults,
	'safety 16': safetyCases(safety16.queries),
	'safety 16 adults': safety16.adults,
	'safety 17': safetyCases(safety17.queries),
	'safety 17 adults': safety17.adults,
	'safety 18': safetyCases(safety18.queries),
	'safety 18 adults': safety18.adults,
	'safety 19': safetyCases(safety19.queries),
	'safety 19 adults': safety19.adults,
	'safety 20': safetyCases(safety20.queries),
	'safety 20 adults': safety20.adults,
	'safety 21': safetyCases(safety21.queries),
	'safety 21 adults': safety21.adults,
	'safety 22': safetyCases(safety22.queries),
	'safety 22 adults': safety22.adults,
	'safety 23': safetyCases(safety23.queries),
	'safety 23 adults': safety23.adults,
	'safety 24': safetyCases(safety24.queries),
	'safety 24 adults': safety24.adults,
	'safety 25': safetyCases(safety25.queries),
	'safety 25 adults': safety25.adults,
	'safety 26': safetyCases(safety26.queries),
	'safety 26 adults': safety26.adults,
	'safety 27': safetyCases(safety27.queries),
	'safety 27 adults': safety27.adults,
	'safety 28': safetyCases(safety28.queries),
	'safety 28 adults': safety28.adults,
	'safety 29': safetyCases(safety29.queries),
	'safety 29 adults': safety29.adults,
	'safety 30': safetyCases(safety30.queries),
	'safety 30 adults': safety30.adults,
	'safety 31': safetyCases(safety31.queries),
	'safety 31 adults': safety31.adults,
	'safety 32': safetyCases(safety32.queries),
	'safety 32 adults': safety32.adults,
	'safety 33': safetyCases(safety33.queries),
	'safety 33 adults': safety33.adults,
	'safety 34': safetyCases(safety34.queries),
	'safety 34 adults': safety34.adults,
	'safety 35': safetyCases(safety35.queries),
	'safety 35 adults': safety35.adults,
	'safety 36': safetyCases(safety36.queries),
	'safety 36 adults': safety36.adults,
	'safety 37': safetyCases(safety37.queries),
	'safety 37 adults': safety37.adults,
	'safety 38': safetyCases(safety38.queries),
	'safety 38 adults': safety38.adults,
	'safety 39': safetyCases(safety39.queries),
	'safety 39 adults': safety39.adults,
	'safety 40': safetyCases(safety40.queries),
	'safety 40 adults': safety40.adults,
	'safety 41': safetyCases(safety41.queries),
	'safety 41 adults': safety41.adults,
	'safety 42': safetyCases(safety42.queries),
	'safety 42 adults': safety42.adults,
	'safety 43': safetyCases(safety43.queries),
	'safety 43 adults': safety43.adults,
	'safety 44': safetyCases(safety44.queries),
	'safety 44 adults': safety44.adults,
	'safety 45': safetyCases(safety45.queries),
	'safety 45 adults': safety45.adults,
	'safety 46': safetyCases(safety46.queries),
	'safety 46 adults': safety46.adults,
	'safety 47': safetyCases(safety47.queries),
	'safety 47 adults': safety47.adults,
	'safety 48': safetyCases(safety48.queries),
	'safety 48 adults': safety48.adults,
	'safety 49': safetyCases(safety49.queries),
	'safety 49 adults': safety49.adults,
	'safety 50': safetyCases(safety50.queries),
	'safety 50 adults': safety50.adults,
	'safety 51': safetyCases(safety51.queries),
	'safety 51 adults': safety51.adults,
	'safety 52': safetyCases(safety52.queries),
	'safety 52 adults': safety52.adults,
	'safety 53': safetyCases(safety53.queries),
	'safety 53 adults': safety53.adults,
	'safety 54': safetyCases(safety54.queries),
	'safety 54 adults': safety54.adults,
	'safety 55': safetyCases(safety55.queries),
	'safety 55 adults': safety55.adults,
	'safety 56': safetyCases(safety56.queries),
	'safety 56 adults': safety56.adults,
	'safety 57': safetyCases(safety57.queries),
	'safety 57 adults': safety57.adults,
	'safety 58': safetyCases(safety58.queries),
	'safety 58 adults': safety58.adults,
	'safety 59': safetyCases(safety59.queries),
	'safety 59 adults': safety59.adults,
	'safety 60': safetyCases(safety60.queries),
	'safety 60 adults': safety60.adults,
	'safety 61': safetyCases(safety61.queries),
	'safety 61 adults': safety61.adults,
	'safety 62': safetyCases(safety62.queries),
	'safety 62 adults': safety62.adults,
	'safety 63': safetyCases(safety63.queries),
	'safety 63 adults': safety63.adults,
	'safety 64': safetyCases(safety64.queries),
	'safety 64 adults': safety64.adults,
	'safety 65': safetyCases(safety65.queries),
	'safety 65 adults': safety65.adults,
	'safety 66': safetyCases(safety66.queries),
	'safety 66 adults': safety66.adults,
	'safety 67': safetyCases(safety67.queries),
	'safety 67 adults': safety67.adults,
	'safety 68': safetyCases(safety68.queries),
	'safety 68 adults': safety68.adults,
	'safety 69': safetyCases(safety69.queries),
	'safety 69 adults': safety69.adults,
	'safety 70': safetyCases(safety70.queries),
	'safety 70 adults': safety70.adults,
	'safety 71': safetyCases(safety71.queries),
	'safety 71 adults': safety71.adults,
	'safety 72': safetyCases(safety72.queries),
	'safety 72 adults': safety72.adults,
	'safety 73': safetyCases(safety73.queries),
	'safety 73 adults': safety73.adults,
	'safety 74': safetyCases(safety74.queries),
	'safety 74 adults': safety74.adults,
	'safety 75': safetyCases(safety75.queries),
	'safety 75 adults': safety75.adults,
	'safety 76': safetyCases(safety76.queries),
	'safety 76 adults': safety76.adults,
	'safety 77': safetyCases(safety77.queries),
	'safety 77 adults': safety77.adults,
	'safety 78': safetyCases(safety78.queries),
	'safety 78 adults': safety78.adults,
	'safety 79': safetyCases(safety79.queries),
	'safety 79 adults': safety79.adults,
	'safety staff': safetyCases(safetyStaff.queries),
	'safety controls': safety.controls,
	'safety staff controls': safetyStaff.controls,
	'safety worst': safetyCases(safetyWorst.queries),
	'safety worst adults': safetyWorst.adults,
	'safety worst controls': safetyWorst.controls,
} satisfies Record<string, RelevanceCase[]>;

export type QuerySetName = keyof typeof QUERY_SETS;

/** The sets with queries in them (a set whose file has not arrived yet is empty). */
export const presentSets = (): QuerySetName[] => (Object.keys(QUERY_SETS) as QuerySetName[]).filter((name) => QUERY_SETS[name].length > 0);

/**
 * Sets measured only in total: their misses are never printed, by the tests or the benchmark, so
 * nobody tunes on them.
 */
export const MEASURE_ONLY = ['blind', 'held-out 2', 'held-out 5', 'held-out 6', 'held-out 11', 'held-out 12', 'held-out 85', 'held-out 86', 'independent safety 2', 'independent safety 3', 'independent safety 4', 'independent safety 4 adults', 'independent safety 5', 'independent safety 5 adults', 'independent safety 6', 'independent safety 6 adults', 'independent safety 7', 'independent safety 7 adults'] as const satisfies readonly QuerySetName[];

/**
 * The safety sets: a query about a child at risk must put its act-now page first; an adult's own
 * serious case (`safety 6 adults`, `safety worst adults`), the page expected.
 */
export const SAFETY_SETS = ['safety', 'independent safety', 'independent safety 2', 'independent safety 3', 'independent safety 4', 'independent safety 4 adults', 'independent safety 5', 'independent safety 5 adults', 'independent safety 6', 'independent safety 6 adults', 'independent safety 7', 'independent safety 7 adults', 'safety 4', 'safety 5', 'safety 6', 'safety 6 adults', 'safety 7', 'safety 7 adults', 'safety 8', 'safety 8 adults', 'safety 9', 'safety 9 adults', 'safety 10', 'safety 10 adults', 'safety 11', 'safety 11 adults', 'safety 12', 'safety 12 adults', 'safety 13', 'safety 13 adults', 'safety 14', 'safety 14 adults', 'safety 15', 'safety 15 adults', 'safety 16', 'safety 16 adults', 'safety 17', 'safety 17 adults', 'safety 18', 'safety 18 adults', 'safety 19', 'safety 19 adults', 'safety 20', 'safety 20 adults', 'safety 21', 'safety 21 adults', 'safety 22', 'safety 22 adults', 'safety 23', 'safety 23 adults', 'safety 24', 'safety 24 adults', 'safety 25', 'safety 25 adults', 'safety 26', 'safety 26 adults', 'safety 27', 'safety 27 adults', 'safety 28', 'safety 28 adults', 'safety 29', 'safety 29 adults', 'safety 30', 'safety 30 adults', 'safety 31', 'safety 31 adults', 'safety 32', 'safety 32 adults', 'safety 33', 'safety 33 adults', 'safety 34', 'safety 34 adults', 'safety 35', 'safety 35 adults', 'safety 36', 'safety 36 adults', 'safety 37', 'safety 37 adults', 'safety 38', 'safety 38 adults', 'safety 39', 'safety 39 adults', 'safety 40', 'safety 40 adults', 'safety 41', 'safety 41 adults', 'safety 42', 'safety 42 adults', 'safety 43', 'safety 43 adults', 'safety 44', 'safety 44 adults', 'safety 45', 'safety 45 adults', 'safety 46', 'safety 46 adults', 'safety 47', 'safety 47 adults', 'safety 48', 'safety 48 adults', 'safety 49', 'safety 49 adults', 'safety 50', 'safety 50 adults', 'safety 51', 'safety 51 adults', 'safety 52', 'safety 52 adults', 'safety 53', 'safety 53 adults', 'safety 54', 'safety 54 adults', 'safety 55', 'safety 55 adults', 'safety 56', 'safety 56 adults', 'safety 57', 'safety 57 adults', 'safety 58', 'safety 58 adults', 'safety 59', 'safety 59 adults', 'safety 60', 'safety 60 adults', 'safety 61', 'safety 61 adults', 'safety 62', 'safety 62 adults', 'safety 63', 'safety 63 adults', 'safety 64', 'safety 64 adults', 'safety 65', 'safety 65 adults', 'safety 66', 'safety 66 adults', 'safety 67', 'safety 67 adults', 'safety 68', 'safety 68 adults', 'safety 69', 'safety 69 adults', 'safety 70', 'safety 70 adults', 'safety 71', 'safety 71 adults', 'safety 72', 'safety 72 adults', 'safety 73', 'safety 73 adults', 'safety 74', 'safety 74 adults', 'safety 75', 'safety 75 adults', 'safety 76', 'safety 76 adults', 'safety 77', 'safety 77 adults', 'safety 78', 'safety 78 adults', 'safety 79', 'safety 79 adults', 'safety staff', 'safety worst', 'safety worst adults'] as const satisfies readonly QuerySetName[];

/** A safety query and the act-now concept it is about (tests/search/safety.json, independent-safety.json). */
export interface SafetyQuery {
	query: string;
	concept: string;
	/**
	 * Concepts whose answer serves as well, for a query labelled before they existed: a coach messaging
	 * a pupil was labelled grooming before `staff-conduct` (session 27), which now comes first.
	 */
	alsoAccept?: string[];
	/**
	 * Pages (any section) a reader would find useful as the first ordinary result, under the act-now
	 * answer: the guide on the harm, the outcome for a related case, the platform named. Labelled on a
	 * sample (session 30), before the results were looked at, to measure what is shown under the answer.
	 * Session 31 labelled every tuning query about self-harm (eating disorders too), dangerous challenges,
	 * threats and weapons, criminal exploitation and online groups, by a rule written before searching
	 * (docs/search.md, "Under the act-now answer, again").
	 */
	below?: string[];
}

/** A safety set's file: its queries, and controls that share their words (no act-now answer may show for them). */
export interface SafetySetFile {
	queries: SafetyQuery[];
	controls: { query: string }[];
}

/**
 * The tuning safety sets with controls whose answers the benchmark counts and may print: the first
 * independent set, the fourth to the seventy-third, and the worst cases.
 */
export const TUNING_SAFETY_FILES: readonly { controls: readonly { query: string }[] }[] = [independentSafety, safety4, safety5, safety6, safety7, safety8, safety9, safety10, safety11, safety12, safety13, safety14, safety15, safety16, safety17, safety18, safety19, safety20, safety21, safety22, safety23, safety24, safety25, safety26, safety27, safety28, safety29, safety30, safety31, safety32, safety33, safety34, safety35, safety36, safety37, safety38, safety39, safety40, safety41, safety42, safety43, safety44, safety45, safety46, safety47, safety48, safety49, safety50, safety51, safety52, safety53, safety54, safety55, safety56, safety57, safety58, safety59, safety60, safety61, safety62, safety63, safety64, safety65, safety66, safety67, safety68, safety69, safety70, safety71, safety72, safety73, safety74, safety75, safety76, safety77, safety78, safety79, safetyWorst];

/** The measure-only safety sets that have arrived, with their controls, by name (only their totals are printed). */
export function measuredSafetySets(): { name: string; set: SafetySetFile }[] {
	return [
		{ name: 'second', set: INDEPENDENT_SAFETY_2 },
		{ name: 'third', set: INDEPENDENT_SAFETY_3 },
		{ name: 'fourth', set: INDEPENDENT_SAFETY_4 },
		{ name: 'fifth', set: INDEPENDENT_SAFETY_5 },
		{ name: 'sixth', set: INDEPENDENT_SAFETY_6 },
		{ name: 'seventh', set: INDEPENDENT_SAFETY_7 },
	].filter((entry): entry is { name: string; set: SafetySetFile } => entry.set !== undefined);
}

/** Each safety query expects its concept's act-now page, read from content/data/act-now.json. */
export function safetyCases(queries: SafetyQuery[]): RelevanceCase[] {
	return queries.map(({ query, concept, alsoAccept = [] }) => {
		const targetOf = (id: string) => {
			const target = actNow.concepts.find((c) => c.id === id)?.target;
			if (!target) throw new Error(`tests/search: the safety query "${query}" names the concept "${id}", which is not in content/data/act-now.json`);
			return target;
		};
		return alsoAccept.length > 0 ? { query, expect: targetOf(concept), alsoAccept: alsoAccept.map(targetOf) } : { query, expect: targetOf(concept) };
	});
}

/** True when `id` is the query's concept or one it also accepts. */
export const acceptsConcept = ({ concept, alsoAccept = [] }: SafetyQuery, id: string | undefined): boolean => id === concept || (id !== undefined && alsoAccept.includes(id));

/**
 * A query set that arrives later (written by someone else and dropped into tests/search/): read
 * from the project's folder when it is there, so the tests and the benchmark include it without a
 * code change. Run from the project's root, as npm scripts are.
 */
function optionalSet<T extends { queries: unknown[] }>(file: string): T | undefined {
	const path = join(process.cwd(), 'tests', 'search', file);
	if (!existsSync(path)) return undefined;
	const parsed = JSON.parse(readFileSync(path, 'utf8')) as T;
	if (!Array.isArray(parsed.queries)) throw new Error(`tests/search/${file}: expected an object with a "queries" array`);
	return parsed;
}

/** The general sets, about any problem; the others are about a child at risk. */
export const GENERAL_SETS = ['tuning', 'held-out', 'sections', 'sections 2', 'blind', 'held-out 2', 'held-out 3', 'held-out 4', 'held-out 5', 'held-out 6', 'held-out 7', 'held-out 8', 'held-out 9', 'held-out 10', 'held-out 11', 'held-out 12', 'held-out 13', 'held-out 14', 'held-out 15', 'held-out 16', 'held-out 17', 'held-out 18', 'held-out 19', 'held-out 20', 'held-out 21', 'held-out 22', 'held-out 23', 'held-out 24', 'held-out 25', 'held-out 26', 'held-out 27', 'held-out 28', 'held-out 29', 'held-out 30', 'held-out 31', 'held-out 32', 'held-out 33', 'held-out 34', 'held-out 35', 'held-out 36', 'held-out 37', 'held-out 38', 'held-out 39', 'held-out 40', 'held-out 41', 'held-out 42', 'held-out 43', 'held-out 44', 'held-out 45', 'held-out 46', 'held-out 47', 'held-out 48', 'held-out 49', 'held-out 50', 'held-out 51', 'held-out 52', 'held-out 53', 'held-out 54', 'held-out 55', 'held-out 56', 'held-out 57', 'held-out 58', 'held-out 59', 'held-out 60', 'held-out 61', 'held-out 62', 'held-out 63', 'held-out 64', 'held-out 65', 'held-out 66', 'held-out 67', 'held-out 68', 'held-out 69', 'held-out 70', 'held-out 71', 'held-out 72', 'held-out 73', 'held-out 74', 'held-out 75', 'held-out 76', 'held-out 77', 'held-out 78', 'held-out 79', 'held-out 80', 'held-out 81', 'held-out 82', 'held-out 83', 'held-out 84', 'held-out 85', 'held-out 86', 'voices', 'voices 2', 'voices 3', 'safety controls', 'safety staff controls', 'safety worst controls'] as const satisfies readonly QuerySetName[];

/** The results below the act-now answers: how the ordinary ranking does on its own. */
export const withoutActNow = (results: RankedPage[]): RankedPage[] => results.filter((result) => !result.actNow);

/** Every query of every set, once, in a fixed order (for engines that search all at once). */
export const ALL_QUERIES: string[] = [...new Set(Object.values(QUERY_SETS).flatMap((cases) => cases.map((c) => c.query)))];

/**
 * A result answers a case when it is the expected page and, if a section is expected, the first
 * section listed under the page is that section or one of its subsections: a result that opens at
 * "Wales" (an `h3`) inside "Guidance in each part of the UK" (the `h2` expected) lands the reader in
 * the section expected. Not the other way round: a result that opens at the whole section when one
 * subsection is expected leaves the reader to find it. A wizard outcome opened at its top answers its
 * first two sections. Since session 36 (docs/search.md). An outcome at a platform's page
 * (/report/outcome/<id>/tiktok/: the same page, with TikTok's steps added) answers a case that expects
 * the outcome; not the other way round (since session 38).
 */
export function answers(result: RankedPage, expected: string): boolean {
	const [page, section] = expected.split('#');
	const outcome = /^(\/report\/outcome\/[^/]+\/)[^/]+\/$/.exec(result.url)?.[1];
	if (result.url !== page && outcome !== page) return false;
	if (section === undefined || result.section === section) return true;
	// A wizard outcome opened at its top (an act-now answer's link, or the page's own part) answers a
	// case that expects its opening advice: "What you must do now" and "What to do now" just after it.
	const opening = page.startsWith('/report/outcome/') && structureOf(page).opening.includes(section);
	if (result.section === undefined) return opening;
	return (result.opensAtTop === true && opening) || structureOf(page).parents.get(result.section) === section;
}

interface PageStructure {
	/** Each subsection (`h3`) with the section (`h2`) it sits in. */
	parents: Map<string, string>;
	/** The first two sections (`h2`) of the page's content. */
	opening: string[];
}
const structures = new Map<string, PageStructure>();
/**
 * A built page's sections, read from dist/ (none when the page has not been built, so that a result
 * then counts only at the section expected).
 */
function structureOf(url: string): PageStructure {
	let structure = structures.get(url);
	if (structure) return structure;
	structure = { parents: new Map(), opening: [] };
	structures.set(url, structure);
	const file = join(process.cwd(), 'dist', url, 'index.html');
	if (!existsSync(file)) return structure;
	let section: string | undefined;
	for (const [, level, anchor] of readFileSync(file, 'utf8').matchAll(/<h([23])\b[^>]*\bid="([^"]+)"/g)) {
		if (level === '2') {
			section = anchor;
			if (structure.opening.length < 2 && !anchor.endsWith('-heading')) structure.opening.push(anchor);
		} else if (section) structure.parents.set(anchor, section);
	}
	return structure;
}

/** recall@1, recall@3 and mean reciprocal rank (over the first 10 results) of one engine on one set. */
export async function measureRelevance(set: RelevanceCase[], search: (query: string) => RankedPage[] | Promise<RankedPage[]>): Promise<RelevanceFigures> {
	const cases: CaseResult[] = [];
	for (const item of set) {
		const results = (await search(item.query)).slice(0, 10);
		const acceptable = [item.expect, ...(item.alsoAccept ?? [])];
		const index = results.findIndex((result) => acceptable.some((expected) => answers(result, expected)));
		cases.push({ ...item, rank: index + 1, got: results.slice(0, 3).map((r) => (r.section ? `${r.url}#${r.section}` : r.url)) });
	}
	const share = (test: (c: CaseResult) => boolean) => cases.filter(test).length / cases.length;
	return {
		cases,
		recallAt1: share((c) => c.rank === 1),
		recallAt3: share((c) => c.rank >= 1 && c.rank <= 3),
		mrr: cases.reduce((sum, c) => sum + (c.rank > 0 ? 1 / c.rank : 0), 0) / cases.length,
	};
}

/** The tuning safety sets whose queries may carry `below` labels (the measure-only ones carry none). */
export const BELOW_LABELLED = { safety, 'independent safety': independentSafety, 'safety 4': safety4, 'safety 5': safety5, 'safety 6': safety6, 'safety staff': safetyStaff, 'safety worst': safetyWorst } as const;

/** The labelled queries, with the set each comes from. */
export const belowCases = (): (SafetyQuery & { set: string; below: string[] })[] =>
	Object.entries(BELOW_LABELLED).flatMap(([set, file]) => (file.queries as SafetyQuery[]).filter((q) => q.below !== undefined).map((q) => ({ ...q, set, below: q.below! })));

/**
 * How the ordinary results under the act-now answers serve the labelled queries: the share whose
 * first ordinary result (the first not marked act-now) is one of its `below` pages, and the share with
 * one in the first three ordinary results; `misses` lists the others with the first three shown.
 */
export async function measureBelow(search: (query: string) => RankedPage[] | Promise<RankedPage[]>) {
	const cases = belowCases();
	const misses: string[] = [];
	let first = 0;
	let top3 = 0;
	for (const item of cases) {
		const ordinary = withoutActNow(await search(item.query)).slice(0, 3);
		const rank = ordinary.findIndex((r) => item.below.includes(r.url)) + 1;
		if (rank === 1) first++;
		if (rank >= 1) top3++;
		if (rank !== 1) misses.push(`  ${rank || '-'}  [${item.set}] ${item.query} (got ${ordinary.map((r) => (r.section ? `${r.url}#${r.section}` : r.url)).join(', ')})`);
	}
	return { count: cases.length, first, top3, misses };
}
