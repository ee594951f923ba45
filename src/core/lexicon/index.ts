/** Every phrase lexicon, in one list: detect.ts compiles them into one trie (feeds mix
 * languages), and the lexicon-shift cross-validation needs the same list. */
import { EN } from './en';
import { EN_COUNTER } from './en-counter';
import { ES } from './es';
import { ES_CTA } from './es-cta';
import { ES_COUNTER } from './es-counter';

export const LEXICONS: readonly Readonly<Record<string, readonly string[]>>[] = [EN, EN_COUNTER, ES_CTA, ES, ES_COUNTER];
