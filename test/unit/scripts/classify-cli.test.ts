import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function run(content: string): { stdout: string; stderr: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'humo-cli-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, content);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', file], { cwd: ROOT, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('classify CLI', () => {
  it('classifies good lines, reports bad ones with line numbers, exits 2', () => {
    const lines = [
      JSON.stringify({ id: 'p1', text: 'Only 2 spots left in my cohort, DM me "IN" 👉', platform: 'x' }),
      '',
      '{not json',
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: 'hello', platform: 'myspace' }),
      JSON.stringify({ text: 'Rainy Sunday, soup and a book.' }),
    ];
    const r = run(`${lines.join('\n')}\n`);
    expect(r.status).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; verdict: string; score: number; reasons: unknown[] });
    expect(out.map((o) => o.id)).toEqual(['p1', 6]);
    expect(out[0]?.verdict).toBe('promo');
    expect(out[1]?.verdict).toBe('value');
    for (const o of out) expect(Array.isArray(o.reasons)).toBe(true);
    expect(r.stderr).toMatch(/:3: invalid JSON/);
    expect(r.stderr).toMatch(/:4: "text" must be a string/);
    expect(r.stderr).toMatch(/:5: bad "platform"/);
  }, 30_000);

  it('exits 0 when every line is fine', () => {
    const r = run(`${JSON.stringify({ text: 'Hola a todos' })}\n`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 1, verdict: 'value' });
  }, 30_000);
});
