import { z } from 'astro/zod';

/**
 * The helpline's own categories of enquiry (seed 004, Table 3), in the order the helpline lists
 * them (most common first). Labels are what a reader sees.
 */
export const CATEGORIES = {
	'social-networks': 'Social networks',
	'online-reputation': 'Online reputation',
	cyberbullying: 'Cyberbullying',
	'potentially-harmful-content': 'Potentially harmful content',
	websites: 'Websites',
	'technical-settings': 'Technical settings',
	'repeated-harassment': 'Repeated harassment',
	sexting: 'Sexting (sharing nudes)',
	'media-literacy-education': 'Media literacy education',
	'sexual-harassment': 'Sexual harassment',
	'data-privacy': 'Data privacy',
	'love-relationships-sexuality': 'Love, relationships and sexuality',
	'e-crime': 'E-crime',
	apps: 'Apps',
	grooming: 'Grooming',
	'peer-on-peer-abuse': 'Child-on-child abuse',
	'mobile-device': 'Mobile devices',
	sextortion: 'Sextortion',
	'hate-speech-racism': 'Hate speech and racism',
	'excessive-use': 'Excessive use',
	'general-enquiry': 'General enquiry',
	gaming: 'Gaming',
} as const;

export type Category = keyof typeof CATEGORIES;

export const categoryIds = Object.keys(CATEGORIES) as [Category, ...Category[]];

export const CategorySchema = z.enum(categoryIds, {
	error: (issue) =>
		`"${String(issue.input)}" is not one of the helpline's categories. Allowed: ${categoryIds.join(', ')}`,
});
