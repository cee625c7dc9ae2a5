import raw from '../../content/data/asked-as.json';
import { AskedAsSchema } from '../schemas/asked-as';
import { parseDataFile } from './parse-data-file';

/** The questions people asked, by the page or section that answers them, validated (search only). */
export const askedAs = parseDataFile('content/data/asked-as.json', AskedAsSchema, raw);
