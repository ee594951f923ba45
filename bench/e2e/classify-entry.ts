/** Entry of the page bundle classify-run.ts builds: the committed classifier, as a global. */
import { classify } from '../../src/core/classify';

(globalThis as unknown as { humoClassify: (text: string) => unknown }).humoClassify = (text) => classify({ text });
