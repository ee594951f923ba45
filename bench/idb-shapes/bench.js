// Style rules that fit modules, not one script injected into a page and a worker as it is:
/* eslint-disable unicorn/consistent-function-scoping, unicorn/prefer-add-event-listener */
// Shared IndexedDB write benchmark: loaded by page.html (window) and sw.js (service worker).
// API: self.idbBench.prepare(variant, phase) builds the values (not timed), then
// self.idbBench.write() writes them in readwrite transactions (durability 'relaxed') and
// returns wall ms. The driver (run.mjs) samples per-process CPU around write().
(() => {
  const TX = 20; // puts per transaction
  const AUTHORS = 10000;
  const RANK_KEY_PATHS = {
    'by-value': ['rank.value', 'postsSeen', 'lastSeen'],
    'by-sells': ['rank.sells', 'postsSeen', 'lastSeen'],
    'by-platform-value': ['platform', 'rank.value', 'postsSeen', 'lastSeen'],
    'by-platform-sells': ['platform', 'rank.sells', 'postsSeen', 'lastSeen'],
  };
  const T0 = 1767225600000;
  const postKey = (i) => '1734' + String(i * 7919).padStart(15, '0'); // 19-digit snowflake-like
  const handle = (i) => 'somehandle_' + ((i * 7127) % AUTHORS); // 10,000 authors, scattered order
  const SIG = ['cta-dm', 'price-amount'];

  function wilsonLower(pos, n) {
    if (n <= 0) return 0;
    const z = 1.96, p = pos / n, d = 1 + (z * z) / n;
    return (p + (z * z) / (2 * n) - z * Math.sqrt((p * (1 - p) + (z * z) / (4 * n)) / n)) / d;
  }

  function postRecord(i) {
    const key = postKey(i);
    return {
      id: 'x:' + key, platform: 'x', key, authorKey: 'x:' + handle(i), verdict: 'promo',
      score: 0.83, signals: SIG.slice(), isAd: false, firstSeen: T0 + i * 37, lastSeen: T0 + i * 37 + 5,
    };
  }
  function compact(i) {
    return { id: 'x:' + postKey(i), a: 'x:' + handle(i), v: 1, s: 0.83, f: T0 + i * 37, l: T0 + i * 37 + 5, g: 'cta-dm,price-amount' };
  }
  function packed(i) {
    return ['x:' + handle(i), 1, 0.83, T0 + i * 37, T0 + i * 37 + 5, 'cta-dm,price-amount'];
  }
  function author(j, postsSeen) {
    const authorId = 'somehandle_' + j;
    const promoPosts = Math.floor(postsSeen / 3);
    return {
      id: 'x:' + authorId, platform: 'x', authorId, displayNames: ['Some Display Name ' + (j % 97)],
      postsSeen, promoPosts, lastSeen: T0 + j * 53 + postsSeen * 1000,
      rank: { value: wilsonLower(postsSeen - promoPosts, postsSeen), sells: wilsonLower(promoPosts, postsSeen) },
    };
  }

  // Each variant: schema(db) creates store 's'; rows(phase) -> [{key?, value}] (N rows).
  const N = 20000;
  const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const authorsSchema = (nIdx) => (db) => {
    const s = db.createObjectStore('s', { keyPath: 'id' });
    Object.entries(RANK_KEY_PATHS).slice(0, nIdx).forEach(([name, kp]) => s.createIndex(name, kp));
  };
  // Author phases: 'insert' writes authors 0..N-1 (new rows); 'update' pre-fills N/2 authors
  // (untimed) then overwrites each twice (postsSeen grows so every rank index key changes).
  const authorRows = (phase) =>
    phase === 'insert'
      ? range(N, (i) => ({ value: author(i, 1) }))
      : range(N, (i) => ({ value: author(i % (N / 2), 2 + Math.floor(i / (N / 2))) }));
  const V = {
    tiny: { schema: (db) => db.createObjectStore('s'), rows: () => range(N, (i) => ({ key: 'x:' + postKey(i), value: 1 })) },
    postIdx: {
      schema: (db) => db.createObjectStore('s', { keyPath: 'id' }).createIndex('by-author', 'authorKey'),
      rows: () => range(N, (i) => ({ value: postRecord(i) })),
    },
    postNoIdx: { schema: (db) => db.createObjectStore('s', { keyPath: 'id' }), rows: () => range(N, (i) => ({ value: postRecord(i) })) },
    compact: { schema: (db) => db.createObjectStore('s', { keyPath: 'id' }), rows: () => range(N, (i) => ({ value: compact(i) })) },
    packed: { schema: (db) => db.createObjectStore('s'), rows: () => range(N, (i) => ({ key: 'x:' + postKey(i), value: packed(i) })) },
    author0: { schema: authorsSchema(0), rows: authorRows, prefill: true },
    author1: { schema: authorsSchema(1), rows: authorRows, prefill: true },
    author4: { schema: authorsSchema(4), rows: authorRows, prefill: true },
    // Per-transaction vs per-request cost: same tiny rows, 1 and 200 puts per transaction.
    tinyTx1: { schema: (db) => db.createObjectStore('s'), rows: () => range(N / 10, (i) => ({ key: 'x:' + postKey(i), value: 1 })), perTx: 1 },
    tinyTx200: { schema: (db) => db.createObjectStore('s'), rows: () => range(N, (i) => ({ key: 'x:' + postKey(i), value: 1 })), perTx: 200 },
    // Realistic transactions: 20 posts + 20 author overwrites (authors pre-filled, untimed).
    comboNow: combo('post', 4), comboCompact: combo('compact', 4), comboCompactA0: combo('compact', 0),
    comboMulti: combo('multi', 4), comboMultiA1: combo('multi', 1), comboMultiA0: combo('multi', 0),
    // Five batches of 20 posts per transaction (100 posts + 100 authors).
    comboNowTx100: combo('post', 4, 100), comboMultiTx100: combo('multi', 4, 100),
    // 20 compact posts per row, one row per transaction: N posts = N/20 rows.
    multi20: {
      schema: (db) => db.createObjectStore('s'),
      rows: () => range(N / TX, (b) => ({ key: 'b:' + postKey(b * TX), value: range(TX, (k) => compact(b * TX + k)) })),
      perTx: 1, postsPerRow: TX,
    },
  };

  // Combo: store 'p' (posts) + store 's' (authors with nIdx rank indexes). Each transaction:
  // 20 posts (20 rows, or 1 row of 20 for 'multi') + the 20 posts' authors overwritten.
  // Rows counted = posts (postsPerRow 1), so µs/row printed is µs per post.
  function combo(kind, nIdx, postsPerTx = TX) {
    return {
      schema: (db) => {
        authorsSchema(nIdx)(db);
        const p = kind === 'post' ? db.createObjectStore('p', { keyPath: 'id' }) : kind === 'compact' ? db.createObjectStore('p', { keyPath: 'id' }) : db.createObjectStore('p');
        if (kind === 'post') p.createIndex('by-author', 'authorKey');
      },
      rows: () => {
        const out = [];
        const posts = N / 2;
        for (let b = 0; b < posts / postsPerTx; b++) {
          const tx = [];
          for (let k = 0; k < postsPerTx; k++) {
            const i = b * postsPerTx + k;
            if (kind === 'multi' && i % TX === 0) tx.push({ store: 'p', key: 'b:' + postKey(i), value: range(TX, (m) => compact(i + m)) });
            if (kind !== 'multi') tx.push({ store: 'p', value: kind === 'post' ? postRecord(i) : compact(i) });
            tx.push({ value: author((i * 7127) % AUTHORS, 2 + Math.floor(i / AUTHORS)) });
          }
          out.push(tx);
        }
        return out;
      },
      prefill: true, grouped: true, posts: N / 2,
    };
  }

  let db = null, rows = null, perTx = TX;
  const dbName = (variant) => 'probe-' + variant;

  function del(name) {
    return new Promise((res, rej) => {
      const r = indexedDB.deleteDatabase(name);
      r.onsuccess = () => res(); r.onerror = () => rej(r.error); r.onblocked = () => res();
    });
  }
  function open(name, schema) {
    return new Promise((res, rej) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => schema(r.result);
      r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
  }
  function writeAll(list, per) {
    return new Promise((resolve, reject) => {
      let i = 0;
      const next = () => {
        if (i >= list.length) return resolve();
        const names = Array.from(db.objectStoreNames);
        const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' });
        const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)]));
        const group = Array.isArray(list[i]) ? list[i++] : null;
        const end = group ? group.length : Math.min(i + per, list.length);
        for (let j = group ? 0 : i; j < end; j++) {
          const r = group ? group[j] : list[j];
          const s = stores[r.store || 's'];
          if (r.key === undefined) s.put(r.value); else s.put(r.value, r.key);
        }
        if (!group) i = end;
        tx.oncomplete = next;
        tx.onabort = () => reject(tx.error);
      };
      next();
    });
  }

  async function prepare(variant, phase = 'insert') {
    const v = V[variant];
    if (db) { db.close(); db = null; }
    await del(dbName(variant));
    db = await open(dbName(variant), v.schema);
    rows = v.rows(phase);
    perTx = v.perTx || TX;
    if (v.prefill && (phase === 'update' || v.grouped)) await writeAll(range(v.grouped ? AUTHORS : N / 2, (j) => ({ value: author(j, 1) })), 200);
    return { rows: v.grouped ? v.posts : rows.length, postsPerRow: v.postsPerRow || 1 };
  }
  async function write() {
    const t = performance.now();
    await writeAll(rows, perTx);
    return performance.now() - t;
  }
  async function cleanup(variant) {
    if (db) { db.close(); db = null; }
    rows = null;
    await del(dbName(variant));
  }
  self.idbBench = { prepare, write, cleanup, variants: Object.keys(V) };

  // Service worker: answer {op, args} messages through the MessagePort given.
  if (typeof ServiceWorkerGlobalScope !== 'undefined' && self instanceof ServiceWorkerGlobalScope) {
    self.addEventListener('install', () => self.skipWaiting());
    self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
    self.addEventListener('message', (e) => {
      const port = e.ports[0];
      const { op, args } = e.data;
      e.waitUntil(
        Promise.resolve()
          .then(() => self.idbBench[op](...args))
          .then((result) => port.postMessage({ result }), (err) => port.postMessage({ error: String(err) })),
      );
    });
  }
})();
