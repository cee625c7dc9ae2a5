import { forgetNationChoice } from '../lib/nation-choice';
import { forgetStoredEnquiry } from '../wizard/enquiry-storage';

/** Presses of Shift needed, and the time allowed between them, to leave the page (GOV.UK pattern). */
const PRESSES_TO_EXIT = 3;
const PRESS_WINDOW_MS = 5000;

/**
 * Makes the "Exit this page" control leave at once: the site is replaced in the tab's history, a
 * blank overlay hides the page straight away, and pressing Shift three times does the same.
 */
export function enhanceExitThisPage(doc: Document): void {
	const root = doc.querySelector<HTMLElement>('[data-exit-this-page]');
	const button = root?.querySelector<HTMLAnchorElement>('[data-exit-button]');
	const announcer = root?.querySelector<HTMLElement>('[data-exit-announcer]');
	if (!root || !button || !announcer) return;
	doc.querySelector<HTMLElement>('[data-exit-shortcut-hint]')?.removeAttribute('hidden');

	const exit = () => {
		forgetNationChoice();
		forgetStoredEnquiry();
		const overlay = doc.createElement('div');
		overlay.className = 'exit-this-page-overlay';
		overlay.setAttribute('role', 'alert');
		overlay.textContent = 'Loading.';
		doc.body.append(overlay);
		doc.title = 'Loading';
		window.location.replace(button.href);
	};

	button.addEventListener('click', (event) => {
		event.preventDefault();
		exit();
	});

	let presses = 0;
	let timer: number | undefined;
	doc.addEventListener('keyup', (event) => {
		if (event.key !== 'Shift') {
			presses = 0;
			return;
		}
		presses += 1;
		window.clearTimeout(timer);
		if (presses >= PRESSES_TO_EXIT) {
			announcer.textContent = 'Exiting page.';
			exit();
			return;
		}
		const left = PRESSES_TO_EXIT - presses;
		announcer.textContent = `Shift, press ${left} more time${left === 1 ? '' : 's'} to exit.`;
		timer = window.setTimeout(() => {
			presses = 0;
			announcer.textContent = 'Exit this page expired.';
		}, PRESS_WINDOW_MS);
	});

	// Coming back with the Back button can restore the page from memory with the overlay on it.
	window.addEventListener('pageshow', (event) => {
		if (event.persisted) doc.querySelectorAll('.exit-this-page-overlay').forEach((overlay) => overlay.remove());
	});
}
