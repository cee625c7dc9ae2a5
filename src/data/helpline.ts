import raw from '../../content/data/helpline.json';
import { HelplineSchema } from '../schemas/helpline';
import { parseDataFile } from './parse-data-file';

/** The helpline's facts, validated: the one place the site reads them from. */
export const helpline = parseDataFile('content/data/helpline.json', HelplineSchema, raw);

/** The phone number as a tel: link target (no spaces). */
export const helplineTel = `tel:${helpline.phone.replace(/\s/g, '')}`;
