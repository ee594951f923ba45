/** Compact text form of the sparse n-gram weights, so the model that ships inside the content
 * script stays a few KB: pairs of (slot delta as a 1-2 byte varint, weight as a signed byte),
 * base64-encoded. Pure code (no atob/Buffer) so the core runs the same in Node and browsers. */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function toBase64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >>> 18) & 63];
    out += B64[(n >>> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >>> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

export function fromBase64(s: string): Uint8Array {
  let len = Math.floor((s.length * 3) / 4);
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const out = new Uint8Array(Math.max(0, len));
  let o = 0;
  // '=' padding and unknown characters decode as 0 bits; `len` already excludes padding.
  const v = (i: number): number => Math.max(0, B64_INDEX[s.charCodeAt(i)] ?? 0);
  for (let i = 0; i < s.length; i += 4) {
    const n = (v(i) << 18) | (v(i + 1) << 12) | (v(i + 2) << 6) | v(i + 3);
    if (o < len) out[o++] = (n >>> 16) & 255;
    if (o < len) out[o++] = (n >>> 8) & 255;
    if (o < len) out[o++] = n & 255;
  }
  return out;
}

/** Pack ascending slots with their integer weights (each in [-127, 127], non-zero). */
export function packWeights(slots: readonly number[], weights: readonly number[]): string {
  const bytes: number[] = [];
  let last = 0;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k] ?? 0;
    const delta = slot - last;
    last = slot;
    if (delta < 0 || delta >= 1 << 14) throw new Error(`slot delta ${delta} out of range`);
    if (delta < 128) bytes.push(delta);
    else bytes.push(128 | (delta & 127), delta >>> 7);
    const w = weights[k] ?? 0;
    if (!Number.isInteger(w) || w < -127 || w > 127) throw new Error(`weight ${w} is not a signed byte`);
    bytes.push(w & 255);
  }
  return toBase64(bytes);
}

/** Unpack into a dense array of `size` signed bytes (slots outside it are ignored). */
export function unpackWeights(packed: string, size: number): Int8Array {
  const bytes = fromBase64(packed);
  const out = new Int8Array(size);
  let slot = 0;
  for (let p = 0; p < bytes.length; ) {
    let delta = bytes[p++] ?? 0;
    if (delta & 128) delta = (delta & 127) | ((bytes[p++] ?? 0) << 7);
    slot += delta;
    const w = bytes[p++] ?? 0;
    if (slot < size) out[slot] = w > 127 ? w - 256 : w;
  }
  return out;
}
