/** Reproducible zips: the same files give the same bytes, whoever packs them and when. */
import { zipSync, type ZipOptions } from 'fflate';

/** Every entry gets this time (DOS time has no zone; local fields are written as they are). A day
 * past the DOS epoch so tools that shift by a time zone never land before 1980. */
const FIXED_MTIME = new Date(1980, 0, 2, 0, 0, 0);
/** Regular file, rw-r--r--, made on Unix: no executable or world-writable bits leak in. */
const ENTRY: ZipOptions = { os: 3, attrs: (0o100644 << 16) >>> 0, mtime: FIXED_MTIME, level: 9 };

/** Zips `files` (zip path → bytes), entries sorted by path, fixed time and permissions. */
export function reproducibleZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const path of [...files.keys()].toSorted()) {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`unsafe zip path: ${path}`);
    entries[path] = [files.get(path)!, ENTRY];
  }
  return zipSync(entries);
}
