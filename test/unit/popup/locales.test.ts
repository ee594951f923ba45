import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '../../../src/core/signals';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const es = load('es');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Literal keys passed to t('key', ...) in the UI code and the content script. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of ['src/popup', 'src/options', 'src/content'].flatMap(sources)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('locales', () => {
  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(es).toSorted()).toEqual(Object.keys(en).toSorted());
  });

  it('uses Chrome placeholders consistently in both languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      const other = es[key]!;
      expect(Object.keys(other.placeholders ?? {}).toSorted(), key).toEqual(Object.keys(entry.placeholders ?? {}).toSorted());
      for (const e of [entry, other]) {
        for (const name of Object.keys(e.placeholders ?? {})) expect(e.message.toUpperCase(), key).toContain(`$${name.toUpperCase()}$`);
        // A "$" that is not a placeholder would be eaten by chrome.i18n.
        expect(e.message.replace(/\$[A-Za-z_]+\$/g, ''), key).not.toContain('$');
        expect(e.message.trim(), key).not.toBe('');
      }
    }
  });

  it('has every string the popup, options page and content script ask for', () => {
    const missing = [...usedKeys()].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('has the in-page badge strings the issue lists', () => {
    expect(en.badgeSelling!.message).toBe('Selling');
    expect(es.badgeSelling!.message).toBe('Vende');
    expect(es.collapsedLine!.message).toBe('Humo: publicación silenciada de $AUTHOR$ — vende');
    expect(es.authorSummary!.message).toBe('$PROMO$ de $SEEN$ publicaciones venden');
    expect(es.showPost!.message).toBe('mostrar');
    expect(es.notSelling!.message).toBe('No vende');
  });

  it('has a plain-words label for every classifier signal, in both languages', () => {
    for (const { id } of SIGNALS) {
      const key = `signal_${id.replace(/[^a-z0-9]/gi, '_')}`;
      expect(en[key]?.message, key).toBeTruthy();
      expect(es[key]?.message, key).toBeTruthy();
    }
  });
});
