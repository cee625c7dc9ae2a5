import raw from '../../content/data/services.json';
import { type Service, ServicesSchema } from '../schemas/services';
import { parseDataFile } from './parse-data-file';

/** The services the guidance signposts to, validated, in the file's order. */
export const services = parseDataFile('content/data/services.json', ServicesSchema, raw);

const byId = new Map(services.map((service) => [service.id, service]));

export const serviceIds = services.map((service) => service.id);

export function findService(id: string): Service | undefined {
	return byId.get(id);
}

/** A phone number as a tel: link target. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/\s/g, '')}`;
}
