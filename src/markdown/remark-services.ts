import type { Link, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, walk } from './walk';
import type { VFile } from 'vfile';
import { helpline, helplineTel } from '../data/helpline';
import { findService, serviceIds, telHref } from '../data/services';
import { describeOpeningHours } from '../lib/opening-hours';

/**
 * Services by id, so one edit to content/data/services.json changes a number everywhere:
 * `:service[ceop]` → the service's name, linked; `:phone[childline]` → its number, dialable;
 * `:phone[helpline]` and `:email[helpline]` → the helpline's own; `:helpline[hours]` and
 * `:helpline[response-aim]` → its opening hours and how quickly it aims to reply.
 */
export default function remarkServices() {
	return (tree: Root, file: VFile) => {
		walk(tree, 'textDirective', (node: TextDirective, index, parent) => {
			if (!parent || index === undefined) return;
			if (node.name !== 'service' && node.name !== 'phone' && node.name !== 'email' && node.name !== 'helpline') return;
			const id = toString(node).trim();
			const replacement = node.name === 'helpline' ? helplineFact(id, file, node) : render(node.name, id, file, node);
			parent.children.splice(index, 1, replacement);
			return [SKIP, index + 1];
		});
	};
}

function render(kind: 'service' | 'phone' | 'email', id: string, file: VFile, node: TextDirective): Link {
	if (id === 'helpline') {
		if (kind === 'phone') return link(helplineTel, helpline.phone);
		if (kind === 'email') return link(`mailto:${helpline.email}`, helpline.email);
		return link('/helpline/', helpline.name);
	}
	if (kind === 'email') {
		return file.fail(`:email[${id}] is not allowed: only :email[helpline] exists`, node);
	}
	const service = findService(id);
	if (!service) {
		return file.fail(`Unknown service id "${id}" in :${kind}[${id}]. Allowed: helpline, ${serviceIds.join(', ')}`, node);
	}
	if (kind === 'phone') {
		if (!service.phone) {
			return file.fail(`:phone[${id}]: ${service.name} has no phone number in content/data/services.json; use :service[${id}]`, node);
		}
		return link(telHref(service.phone), service.phone);
	}
	return service.url ? link(service.url, service.name) : link(telHref(service.phone ?? ''), `${service.name}`);
}

const HELPLINE_FACTS: Record<string, () => string> = {
	hours: () => describeOpeningHours(helpline.hours),
	'response-aim': () => `within ${helpline.responseAimHours} hours`,
	name: () => helpline.name,
};

function helplineFact(fact: string, file: VFile, node: TextDirective): Text {
	const value = HELPLINE_FACTS[fact];
	if (!value) {
		return file.fail(`Unknown helpline fact "${fact}" in :helpline[${fact}]. Allowed: ${Object.keys(HELPLINE_FACTS).join(', ')}`, node);
	}
	return { type: 'text', value: value() };
}

function link(url: string, label: string): Link {
	const text: Text = { type: 'text', value: label };
	return { type: 'link', url, children: [text] };
}
