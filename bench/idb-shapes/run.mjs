// Drives bench.js in headless /usr/bin/chromium (playwright-core), in a page and (unless
// --no-sw) in a service worker, sampling per-process CPU (utime+stime from /proc) around each
// timed write. Usage: node run.mjs [--reps 3] [--variants a,b] [--no-sw] [--contexts page,sw]
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const REPS = Number(opt('reps', 3));
const CONTEXTS = opt('contexts', 'page,sw').split(',');
const here = new URL('.', import.meta.url).pathname;
const benchJs = fs.readFileSync(here + 'bench.js', 'utf8');
const html = '<!doctype html><meta charset=utf-8><title>idb probe</title><script src="/bench.js"></script>';

const server = http.createServer((req, res) => {
  if (req.url === '/' ) return res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  if (req.url === '/bench.js' || req.url === '/sw.js')
    return res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(benchJs);
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
// The address we listen on, not "localhost" (which may resolve to ::1); a secure context either way.
const origin = `http://127.0.0.1:${server.address().port}`;

const TICK = 1000 / 100; // ms per clock tick (CLK_TCK=100 on Linux)
function procs(root) {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch {}
  }
  const out = [];
  const walk = (p) => { out.push(p); for (const c of kids.get(p) || []) walk(c); };
  walk(root);
  return out;
}
function kind(pid) {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const t = /--type=([\w-]+)/.exec(cmd)?.[1];
    if (!t) return 'browser';
    if (t === 'utility') return 'util:' + (/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1] ?? '?').split('.')[0];
    return t;
  } catch { return '?'; }
}
let threads = {};
function cpu(root) {
  const by = {};
  threads = {};
  for (const pid of procs(root)) {
    if (pid === root) continue;
    try {
      const st = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(f[11]) + Number(f[12])) * TICK;
      const k = kind(pid);
      by[k] = (by[k] || 0) + ms;
      if (k === 'browser' || k === 'renderer') {
        // Per-thread split (by thread name) for the processes that do the IndexedDB work.
        for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
          try {
            const ts = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
            const name = ts.slice(ts.indexOf('(') + 1, ts.lastIndexOf(')')).replace(/\d+$/, '#');
            const tf = ts.slice(ts.lastIndexOf(')') + 2).split(' ');
            const key = `${k}/${name}`;
            threads[key] = (threads[key] || 0) + (Number(tf[11]) + Number(tf[12])) * TICK;
          } catch {}
        }
      }
    } catch {}
  }
  return { by, threads };
}
const diff = (a, b) => Object.fromEntries(Object.keys(b).map((k) => [k, b[k] - (a[k] || 0)]));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const rootPid = process.pid; // chromium runs as our child; our own CPU is skipped in cpu()
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(origin + '/');

let swReady = false;
if (CONTEXTS.includes('sw')) {
  swReady = await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js');
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active;
  });
}
async function call(ctx, op, ...args) {
  if (ctx === 'page') return page.evaluate(([name, rest]) => self.idbBench[name](...rest), [op, args]);
  return page.evaluate(async ([name, rest]) => {
    const reg = await navigator.serviceWorker.ready;
    const ch = new MessageChannel();
    const reply = new Promise((res) => ch.port1.addEventListener('message', (e) => res(e.data)));
    ch.port1.start();
    reg.active.postMessage({ op: name, args: rest }, [ch.port2]);
    const r = await reply;
    if (r.error) throw new Error(r.error);
    return r.result;
  }, [op, args]);
}

const CASES = [
  ['tiny'], ['postIdx'], ['postNoIdx'], ['compact'], ['packed'],
  ['author0', 'insert'], ['author1', 'insert'], ['author4', 'insert'],
  ['author0', 'update'], ['author1', 'update'], ['author4', 'update'],
  ['multi20'], ['tinyTx1'], ['tinyTx200'],
  ['comboNow'], ['comboCompact'], ['comboCompactA0'], ['comboMulti'], ['comboMultiA1'],
  ['comboMultiA0'], ['comboNowTx100'], ['comboMultiTx100'],
];
// The service worker runs a subset unless --sw-all (keeps the total runtime modest).
const SW_CASES = ['tiny', 'postIdx', 'compact', 'author4/update', 'multi20', 'comboNow', 'comboMulti'];
const only = opt('variants', null)?.split(',');
const cases = only ? CASES.filter(([v, p]) => only.includes(v) || only.includes(`${v}/${p}`)) : CASES;
const ctxs = CONTEXTS.filter((c) => c === 'page' || swReady);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const results = [];
console.log(`uptime: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}  cpus=${os.cpus().length}  contexts=${ctxs}`);
for (let rep = 0; rep < REPS; rep++) {
  for (const ctx of ctxs) {
    for (const [variant, phase = 'insert'] of cases) {
      if (ctx === 'sw' && !argv.includes('--sw-all') && !SW_CASES.includes(variant) && !SW_CASES.includes(`${variant}/${phase}`)) continue;
      const { rows, postsPerRow } = await call(ctx, 'prepare', variant, phase);
      await sleep(300);
      const c0 = cpu(rootPid);
      const wallMs = await call(ctx, 'write');
      const c1 = cpu(rootPid);
      await call(ctx, 'cleanup', variant);
      const d = diff(c0.by, c1.by);
      const dt = Object.fromEntries(Object.entries(diff(c0.threads, c1.threads)).filter(([, v]) => v > 0));
      const total = Object.values(d).reduce((a, b) => a + b, 0);
      const r = { rep, ctx, variant, phase, rows, postsPerRow, wallMs, cpuMs: total, byProc: d, byThread: dt };
      results.push(r);
      const us = (ms) => ((ms * 1000) / rows).toFixed(1);
      console.log(
        `${rep} ${ctx.padEnd(4)} ${(variant + '/' + phase).padEnd(16)} wall ${us(wallMs).padStart(6)} µs/row  cpu ${us(total).padStart(6)} µs/row  ` +
          Object.entries(d).filter(([, v]) => v > 0).map(([k, v]) => `${k}=${us(v)}`).join(' '),
      );
      await sleep(700);
    }
  }
}
console.log(`uptime: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
// Results go under bench-results/ (ignored by git), like the other benchmarks'.
const out = new URL('../../bench-results/idb-shapes/', import.meta.url).pathname;
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(out + `results-${Date.now()}.json`, JSON.stringify(results, null, 1));
await browser.close();
server.close();
