import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../src/core/lexicon/index';
import { tokenize } from '../../../src/core/tokenize';

/** What the matcher sees of a phrase: its token stems (placeholders kept as written). */
function seen(phrase: string): string {
  return phrase
    .split(' ')
    .map((part) => {
      if (part.length > 2 && part.startsWith('<') && part.endsWith('>')) return part;
      const t = tokenize(part);
      return Array.from({ length: t.n }, (_, i) => t.stem[i]).join(',');
    })
    .filter((part) => part !== '')
    .join(' ');
}

/** Punctuation in a phrase that the tokenizer drops: 'tip:' would match every "tip" and 'comment "'
 * every "comment", far wider than the phrase says. (Punctuation inside a token is kept: "1:1",
 * "p.p.s".) */
function silentPunctuation(phrase: string): string[] {
  const out: string[] = [];
  const whole = seen(phrase);
  const text = phrase.replace(/<[a-z]+>/g, (m) => ' '.repeat(m.length));
  for (const m of text.matchAll(/\p{P}/gu)) {
    const i = m.index ?? 0;
    const without = `${phrase.slice(0, i)} ${phrase.slice(i + 1)}`.replace(/ +/g, ' ').trim();
    if (seen(without) === whole) out.push(m[0]);
  }
  return out;
}

describe('lexicon phrases say what they match', () => {
  const phrases = LEXICONS.flatMap((lex) => Object.entries(lex).flatMap(([id, list]) => list.map((p) => [id, p] as const)));

  it('checks the real lexicons (thousands of phrases)', () => {
    expect(phrases.length).toBeGreaterThan(1000);
  });

  it('no phrase relies on punctuation the tokenizer drops', () => {
    const offenders = phrases.filter(([, p]) => silentPunctuation(p).length > 0).map(([id, p]) => `${id}: ${p}`);
    expect(offenders).toEqual([]);
  });

  it('the check itself catches dropped punctuation and spares in-token punctuation', () => {
    expect(silentPunctuation('tip:')).toEqual([':']);
    expect(silentPunctuation('comment "')).toEqual(['"']);
    expect(silentPunctuation('sesion 1:1')).toEqual([]);
    expect(silentPunctuation("comment and i'll send")).toEqual([]);
  });

  it('no phrase is empty to the matcher', () => {
    expect(phrases.filter(([, p]) => seen(p).replace(/[ ,]/g, '') === '').map(([id, p]) => `${id}: ${p}`)).toEqual([]);
  });
});
