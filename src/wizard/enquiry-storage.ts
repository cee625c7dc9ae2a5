/**
 * The one sessionStorage key the enquiry and incident record use (one form). Apart from the rest of
 * enquiry.ts so that "Exit this page", on every page, can forget the form without loading it.
 */
export const ENQUIRY_STORAGE_KEY = 'wizard-enquiry-v1';

/** Deletes the stored form (Exit this page, Clear): nothing typed is kept in this tab. */
export function forgetStoredEnquiry(): void {
	try {
		window.sessionStorage.removeItem(ENQUIRY_STORAGE_KEY);
	} catch {
		// Storage unavailable: nothing was kept.
	}
}
