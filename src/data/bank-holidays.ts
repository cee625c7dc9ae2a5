import raw from '../../content/data/bank-holidays.json';
import { BankHolidaysSchema } from '../schemas/bank-holidays';
import { parseDataFile } from './parse-data-file';

/** Bank holidays in England and Wales, validated. */
export const bankHolidays = parseDataFile('content/data/bank-holidays.json', BankHolidaysSchema, raw);
