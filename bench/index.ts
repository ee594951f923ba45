/** npm run bench: every benchmark, one table, with the CPU it ran on. */
import os from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchClassifier } from './classifier';
import { benchStore } from './store';

async function main(): Promise<void> {
  console.log(`CPU: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} threads), Node ${process.version}`);
  const results: Record<string, Record<string, number | string>> = {};
  results.classifier = await benchClassifier();
  results.store = await benchStore();
  for (const [name, r] of Object.entries(results)) {
    console.log(`\n${name}`);
    console.table(r);
  }
  // Kept out of git: compare runs by hand (bench-results/ is ignored).
  mkdirSync('bench-results', { recursive: true });
  const record = { at: new Date().toISOString(), cpu: os.cpus()[0]?.model, node: process.version, results };
  writeFileSync('bench-results/latest.json', `${JSON.stringify(record, null, 2)}\n`);
}

void main();
