import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WRITTEN_DIR, authorKey } from '../../../scripts/lib/data';

/** The project's written training posts (data/written/README.md) stay well-formed and unique:
 * a duplicate would sit on both sides of the by-author split and flatter the written eval. */
const files = readdirSync(WRITTEN_DIR).filter((f) => f.endsWith('.jsonl')).toSorted();
const rows = files.flatMap((f) =>
  readFileSync(join(WRITTEN_DIR, f), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => ({ file: f, line: i + 1, row: JSON.parse(line) as Record<string, unknown> })),
);

function sixWordSequences(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 6 <= words.length; i++) out.add(words.slice(i, i + 6).join(' '));
  return out;
}

describe('data/written', () => {
  it('has posts in both languages', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.row.lang === 'es').length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.row.lang === 'en').length).toBeGreaterThan(100);
  });

  it('every post has the fields the loaders read, with allowed values', () => {
    for (const { file, line, row } of rows) {
      const where = `${file}:${line}`;
      expect(['x', 'facebook', 'linkedin'], where).toContain(row.platform);
      expect(['en', 'es'], where).toContain(row.lang);
      expect(['promo', 'value'], where).toContain(row.label);
      expect(typeof row.hard, where).toBe('boolean');
      expect(typeof row.author === 'string' && row.author !== '', where).toBe(true);
      expect(typeof row.text === 'string' && row.text.length >= 20, where).toBe(true);
    }
  });

  it('one persona under two spellings counts as one author for the split', () => {
    expect(authorKey('@belleza_by_dani')).toBe(authorKey('Belleza by Dani'));
    expect(authorKey('Valeria Núñez')).toBe(authorKey('valeria_nunez'));
    expect(authorKey('ana')).not.toBe(authorKey('ana2'));
  });

  it('ids and texts are unique across files', () => {
    expect(new Set(rows.map((r) => r.row.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.row.text)).size).toBe(rows.length);
  });

  it('no 6-word sequence appears in more than 2 posts (no templated near-copies)', () => {
    const seen = new Map<string, number>();
    for (const { row } of rows) for (const g of sixWordSequences(String(row.text))) seen.set(g, (seen.get(g) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 2)).toEqual([]);
  });
});
