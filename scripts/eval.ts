/** npm run eval: precision / recall / F1 for "promo" on the fixed eval split of posts-dev
 * (overall, per language, per platform, hard subset), on the written set's eval split
 * (data/written/), and on each public corpus's eval split,
 * with the confusion matrix and the 10 worst errors with their reasons. */
import { classify } from '../src/core/classify';
import type { Judgement } from '../src/core/types';
import { loadDev, loadPublic, loadWritten, requireData, splitDev, splitPublic, splitWritten, type Example } from './lib/data';
import { counts, prf } from './lib/metrics';

interface Row { ex: Example; j: Judgement }

function line(name: string, rows: readonly Row[]): string {
  const c = counts(rows.map((r) => ({ gold: r.ex.label === 'promo', pred: r.j.verdict === 'promo' })));
  const m = prf(c);
  return `${name.padEnd(34)} n=${String(rows.length).padStart(4)}  P=${m.precision.toFixed(3)}  R=${m.recall.toFixed(3)}  F1=${m.f1.toFixed(3)}`;
}

export function evaluate(rows: readonly Example[]): Row[] {
  return rows.map((ex) => ({ ex, j: classify(ex.platform ? { text: ex.text, platform: ex.platform, lang: ex.lang } : { text: ex.text, lang: ex.lang }) }));
}

function main(): void {
  // `npm run eval | head` closes the pipe early: that is fine, not a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  requireData();
  const dev = evaluate(splitDev(loadDev()).evalSet);
  console.log('posts-dev eval split (never trained on), sensitivity=balanced');
  console.log(line('overall', dev));
  for (const lang of ['en', 'es']) console.log(line(`lang=${lang}`, dev.filter((r) => r.ex.lang === lang)));
  for (const p of ['x', 'facebook', 'linkedin']) console.log(line(`platform=${p}`, dev.filter((r) => r.ex.platform === p)));
  console.log(line('hard', dev.filter((r) => r.ex.hard)));
  for (const lang of ['en', 'es']) console.log(line(`hard lang=${lang}`, dev.filter((r) => r.ex.hard && r.ex.lang === lang)));
  const c = counts(dev.map((r) => ({ gold: r.ex.label === 'promo', pred: r.j.verdict === 'promo' })));
  console.log('\nconfusion (rows = gold, cols = predicted)\n              promo  value');
  console.log(`  gold promo  ${String(c.tp).padStart(5)}  ${String(c.fn).padStart(5)}\n  gold value  ${String(c.fp).padStart(5)}  ${String(c.tn).padStart(5)}`);

  const written = evaluate(splitWritten(loadWritten()).evalSet);
  if (written.length > 0) {
    console.log('\nwritten set (data/written/), its eval split: authors never trained on');
    console.log(line('overall', written));
    for (const lang of ['en', 'es']) console.log(line(`lang=${lang}`, written.filter((r) => r.ex.lang === lang)));
    for (const lang of ['en', 'es']) console.log(line(`hard lang=${lang}`, written.filter((r) => r.ex.hard && r.ex.lang === lang)));
  }

  const pub = evaluate(splitPublic(loadPublic()).evalSet);
  console.log('\npublic corpora, their eval split (proxies, different genre)');
  for (const s of [...new Set(pub.map((r) => r.ex.source))].toSorted()) console.log(line(s, pub.filter((r) => r.ex.source === s)));

  const errors = dev
    .filter((r) => (r.ex.label === 'promo') !== (r.j.verdict === 'promo'))
    .toSorted((a, b) => Math.abs(b.j.score - (b.ex.label === 'promo' ? 1 : 0)) - Math.abs(a.j.score - (a.ex.label === 'promo' ? 1 : 0)))
    .slice(0, 10);
  console.log(`\n10 worst errors on posts-dev eval (${dev.filter((r) => (r.ex.label === 'promo') !== (r.j.verdict === 'promo')).length} errors in all)`);
  for (const r of errors) {
    const text = r.ex.text.replace(/\s+/g, ' ');
    console.log(`- ${r.ex.id} gold=${r.ex.label} score=${r.j.score.toFixed(3)} ${r.ex.lang}/${r.ex.platform}${r.ex.hard ? ' hard' : ''}: ${text.length > 140 ? `${text.slice(0, 140)}…` : text}`);
    const rs = r.j.reasons.slice(0, 5).map((x) => `${x.signal}(${x.weight > 0 ? '+' : ''}${x.weight}) "${x.evidence.slice(0, 40)}"`);
    console.log(`    reasons: ${rs.length > 0 ? rs.join('; ') : '(none)'}`);
  }
}

main();
