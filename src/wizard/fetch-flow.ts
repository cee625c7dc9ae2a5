import { flowUrl } from 'virtual:wizard-flow';
import type { Flow } from './flow';

let loading: Promise<Flow> | undefined;

/**
 * The wizard's flow, fetched once a page from this site only (CSP connect-src 'self'), for the
 * question island and the 404 page's recovery. Nothing is sent: it is a plain GET of a static file.
 */
export function fetchFlow(): Promise<Flow> {
	// The question pages preload the file (<link rel="preload" as="fetch" crossorigin="anonymous">):
	// this request's mode and credentials (cors, same-origin) must match it to reuse the download.
	loading ??= fetch(flowUrl, { mode: 'cors', credentials: 'same-origin' }).then(async (response) => {
		if (!response.ok) throw new Error(`The wizard's flow file answered ${response.status}`);
		const flow = (await response.json()) as Flow;
		if (!flow || typeof flow.start !== 'string' || !Array.isArray(flow.questions) || !Array.isArray(flow.outcomes)) {
			throw new Error("The wizard's flow file is not a flow");
		}
		return flow;
	});
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}
