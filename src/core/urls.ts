/** Link analysis: which kind of destination a URL (or bare domain) points at. Plain string
 * scanning with indexOf/split, no regex, so hostile input stays linear. */
import { AFFILIATE_PARAMS, FREE_DOMAINS, FUNNEL_DOMAINS, SHORT_DOMAINS } from './lexicon/shared';

export const L_FUNNEL = 1;
export const L_SHORT = 2;
export const L_FREE = 4;
export const L_AFFILIATE = 8;

const FUNNEL = new Set(FUNNEL_DOMAINS);
const SHORT = new Set(SHORT_DOMAINS);
const FREE = new Set(FREE_DOMAINS);
const AFF = new Set(AFFILIATE_PARAMS);

function inSet(host: string, set: ReadonlySet<string>): boolean {
  // host itself or any parent domain: "pay.hotmart.com" -> "hotmart.com".
  let h = host;
  for (let guard = 0; guard < 8; guard++) {
    if (set.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
  return false;
}

/** Host of a URL-ish string, lower-cased, without scheme, "www." or port; '' when not a domain. */
export function hostOf(url: string): string {
  let s = url.toLowerCase();
  const scheme = s.indexOf('://');
  if (scheme >= 0 && scheme < 10) s = s.slice(scheme + 3);
  if (s.startsWith('www.')) s = s.slice(4);
  let end = s.length;
  for (const c of ['/', '?', '#', ':']) {
    const k = s.indexOf(c);
    if (k >= 0 && k < end) end = k;
  }
  const host = s.slice(0, end);
  const dot = host.lastIndexOf('.');
  if (dot <= 0 || host.length - dot - 1 < 2 || host.includes('@')) return '';
  for (let k = dot + 1; k < host.length; k++) {
    const c = host.charCodeAt(k);
    if (c < 97 || c > 122) return '';
  }
  return host;
}

/** Bit flags (L_*) for a URL or bare domain. */
export function classifyUrl(url: string): number {
  const host = hostOf(url);
  if (host === '') return 0;
  let flags = 0;
  if (inSet(host, FUNNEL)) flags |= L_FUNNEL;
  if (inSet(host, SHORT)) flags |= L_SHORT;
  if (inSet(host, FREE) || host.endsWith('.gov') || host.endsWith('.edu') || host.includes('.gob.')) flags |= L_FREE;
  const q = url.indexOf('?');
  if (q >= 0) {
    for (const pair of url.slice(q + 1).toLowerCase().split('&')) {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const val = eq < 0 ? '' : pair.slice(eq + 1);
      if (AFF.has(key) || (key.startsWith('utm_') && (val.includes('affiliate') || val.includes('afiliad')))) {
        flags |= L_AFFILIATE;
      }
    }
  }
  const lower = url.toLowerCase();
  if (lower.includes('/ref/') || lower.includes('/aff/') || lower.includes('/go/')) flags |= L_AFFILIATE;
  return flags;
}
