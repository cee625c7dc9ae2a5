/**
 * The lists of `words` in content/data/act-now.json that the matcher reads on their own, not only
 * as "{name}" in a phrase. Each must be in the file (src/schemas/act-now.ts says what each is for);
 * the browser receives them in this order.
 */
export const WORD_LISTS = ['child', 'adult', 'reporting', 'telling', 'parent', 'quoting', 'titles', 'former', 'agebefore', 'ageafter', 'units', 'noticing', 'young', 'staff', 'rolebefore'] as const;

export type WordListName = (typeof WORD_LISTS)[number];

/** Those lists, each as index terms. */
export type ActNowWords = Record<WordListName, string[]>;
