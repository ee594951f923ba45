// Medians and ranges over every results-*.json in bench-results/idb-shapes/ (or the files given).
// µs per row; for multi20 also per post; combo* rows are already counted per post.
import fs from 'node:fs';
const here = new URL('../../bench-results/idb-shapes/', import.meta.url).pathname;
const files = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(here).filter((f) => /^results-.*\.json$/.test(f)).map((f) => here + f);
const all = files.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const med = (xs) => { const s = xs.toSorted((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const groups = new Map();
for (const r of all) {
  const k = `${r.ctx} ${r.variant}/${r.phase}`;
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k).push(r);
}
const f = (x) => x.toFixed(0).padStart(4);
const stat = (xs) => `${f(med(xs))} [${f(Math.min(...xs))}–${f(Math.max(...xs))}]`;
console.log(`${files.length} file(s), ${all.length} runs. µs per row (per post for combo*): median [min–max]`);
console.log('ctx  case'.padEnd(27) + ' n  wall'.padEnd(22) + 'cpu total'.padEnd(19) + 'browser  renderer  JS-thread  browser-pool(IDB)');
for (const [k, rs] of [...groups].toSorted()) {
  const us = (get) => rs.map((r) => (get(r) * 1000) / r.rows);
  const thr = (name) => rs.filter((r) => r.byThread).map((r) => ((r.byThread[name] || 0) * 1000) / r.rows);
  const main = thr(rs[0].ctx === 'sw' ? 'renderer/ServiceWorker t' : 'renderer/chromium');
  const pool = thr('browser/ThreadPoolForeg');
  const per = rs[0].postsPerRow > 1 ? `  (per post: cpu ${(med(us((r) => r.cpuMs)) / rs[0].postsPerRow).toFixed(0)})` : '';
  console.log(
    `${k.padEnd(26)} ${rs.length}  ${stat(us((r) => r.wallMs))}  ${stat(us((r) => r.cpuMs))}  ${f(med(us((r) => r.byProc.browser || 0)))}  ${f(med(us((r) => r.byProc.renderer || 0)))}  ${main.length ? f(med(main)) : '   -'}      ${pool.length ? f(med(pool)) : '   -'}${per}`,
  );
}
