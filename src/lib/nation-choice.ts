import { isNationId, type NationId } from './nation-ids';

/**
 * The one thing this site keeps between visits: the reader's part of the UK, in localStorage under
 * this key (named on the privacy page). Exit this page forgets it. The version changes if the
 * value ever does.
 */
export const NATION_STORAGE_KEY = 'nation-v1';

/** The query parameter that carries a nation in a link: /guides/grooming/?nation=scotland. */
export const NATION_PARAM = 'nation';

/** The value of NATION_PARAM that clears the choice and shows all four nations. */
export const ALL_NATIONS = 'all';

// Storage can be unavailable (private modes, blocked by policy): the choice then lasts for the page.
export function readNationChoice(): NationId | undefined {
	try {
		const value = window.localStorage.getItem(NATION_STORAGE_KEY);
		return isNationId(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

export function saveNationChoice(nation: NationId): void {
	try {
		window.localStorage.setItem(NATION_STORAGE_KEY, nation);
	} catch {
		// Not kept between pages, but this page still shows the reader's nation first.
	}
}

/** Forgets the choice: used by "Show all four" and by Exit this page. */
export function forgetNationChoice(): void {
	try {
		window.localStorage.removeItem(NATION_STORAGE_KEY);
	} catch {
		// Nothing was kept.
	}
}
