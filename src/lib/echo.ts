/**
 * Text the site repeats back from a URL or a form (a search, a wizard link's words) is the
 * visitor's, not ours. Bidirectional control characters in it (right-to-left override and the
 * like) would otherwise reorder the site's own sentence around it, so they are removed, and the
 * text sits in a <bdi> so its direction cannot leak into ours.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text with bidirectional controls removed and lone surrogates replaced (see wellFormed). */
export function echoText(value: string): string {
	return wellFormed(value).replace(BIDI_CONTROLS, '');
}

/** A <bdi> holding the echoed text, to put inside one of the site's sentences. */
export function echoElement(doc: Document, value: string): HTMLElement {
	const bdi = doc.createElement('bdi');
	bdi.textContent = echoText(value);
	return bdi;
}

/**
 * A lone half of a surrogate pair (which a paste or a broken URL can produce) makes
 * encodeURIComponent throw; each is replaced with U+FFFD, the replacement character.
 */
export function wellFormed(value: string): string {
	return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** For plain text (a status message, a heading built as a string): the cleaned text in an isolate, the text form of <bdi>. */
export function echoIsolated(value: string): string {
	return `\u2068${echoText(value)}\u2069`;
}
