/** `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, offline) over dist-firefox/.
 * Fails on any error, and on any warning except the one we have reviewed and explained in the
 * README, so a new warning cannot slip into a store upload. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUT_DIR } from './manifest';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

const ROOT = resolve(import.meta.dirname, '..');
const WEB_EXT = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

/** Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`, a prop Humo never uses
 * (text is always set as text); the linter flags the renderer itself. Accept exactly that spot. */
export function isPreactInnerHtml(finding: Finding, sourceDir: string): boolean {
  if (finding.code !== 'UNSAFE_VAR_ASSIGNMENT' || !finding.file || finding.line === undefined) return false;
  const line = readFileSync(join(sourceDir, finding.file), 'utf8').split('\n')[finding.line - 1] ?? '';
  const at = (finding.column ?? 0) - 1;
  return /innerHTML\s*=\s*\w+\.__html/.test(line.slice(at, at + 60)) && line.slice(Math.max(0, at - 300), at).includes('dangerouslySetInnerHTML');
}

export function lintFirefox(sourceDir = join(ROOT, OUT_DIR.firefox)): { report: Report; unexpected: Finding[] } {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [WEB_EXT, 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      // No update check: the linter must not touch the network.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
    stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout.trim()) throw error;
  }
  const report = JSON.parse(stdout) as Report;
  const unexpected = [...report.errors, ...report.warnings.filter((w) => !isPreactInnerHtml(w, sourceDir))];
  return { report, unexpected };
}

if (resolve(process.argv[1] ?? '') === import.meta.filename) {
  const { report, unexpected } = lintFirefox();
  const { errors, warnings, notices } = report.summary;
  const known = warnings - (unexpected.length - errors);
  console.log(`web-ext lint ${OUT_DIR.firefox}/: ${errors} error(s), ${warnings} warning(s) of which ${known} known (README), ${notices} notice(s)`);
  for (const f of unexpected) console.log(`  ${f.code} ${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''} ${f.message}`);
  if (unexpected.length > 0) process.exit(1);
}
