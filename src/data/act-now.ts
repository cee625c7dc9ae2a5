import raw from '../../content/data/act-now.json';
import { ActNowSchema } from '../schemas/act-now';
import { parseDataFile } from './parse-data-file';

/** The act-now concepts, validated: what search shows first when a child may be at risk. */
export const actNow = parseDataFile('content/data/act-now.json', ActNowSchema, raw);
