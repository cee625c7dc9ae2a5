import { readFlow } from '../../src/wizard/read-flow';
import type { Flow } from '../../src/wizard/flow';

/** The real flow from content/wizard/, as the build reads it. */
export function realFlow(): { flow: Flow; outcomeBodies: Map<string, string> } {
	const { flow, outcomeBodies, problems } = readFlow(process.cwd());
	if (!flow) throw new Error(`content/wizard/ is invalid:\n${problems.join('\n')}`);
	return { flow, outcomeBodies };
}
