/** npm run --silent classify -- FILE.jsonl
 * Reads JSON lines {id?, text, lang?, platform?} and writes one line per post:
 * {id, verdict, score, reasons}. id = the given id or the 1-based line number. Bad lines get a
 * message on stderr with their line number; the rest still run; exit 2 if any line was bad. */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify } from '../src/core/classify';
import { PLATFORMS, type Platform, type PostInput } from '../src/core/types';

function parseLine(line: string): { post: PostInput; id: unknown } | string {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return 'invalid JSON';
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return 'expected a JSON object';
  const r = obj as Record<string, unknown>;
  if (typeof r.text !== 'string') return r.text === undefined ? 'missing "text"' : '"text" must be a string';
  if (r.platform !== undefined && !PLATFORMS.includes(r.platform as Platform)) {
    return `bad "platform" ${JSON.stringify(r.platform)} (expected one of ${PLATFORMS.join(', ')})`;
  }
  if (r.lang !== undefined && typeof r.lang !== 'string') return '"lang" must be a string';
  const post: PostInput = { text: r.text };
  if (typeof r.lang === 'string') post.lang = r.lang;
  if (r.platform !== undefined) post.platform = r.platform as Platform;
  return { post, id: r.id };
}

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run --silent classify -- FILE.jsonl');
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`classify: no such file: ${file}`);
    return 2;
  }
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      bad++;
      console.error(`${file}:${lineNo}: ${parsed}`);
      continue;
    }
    const j = classify(parsed.post);
    const id = parsed.id !== undefined && parsed.id !== null ? parsed.id : lineNo;
    const ok = process.stdout.write(`${JSON.stringify({ id, verdict: j.verdict, score: j.score, reasons: j.reasons })}\n`);
    if (!ok) await new Promise((res) => process.stdout.once('drain', res));
  }
  return bad > 0 ? 2 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, (err: unknown) => {
  console.error(`classify: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
});
