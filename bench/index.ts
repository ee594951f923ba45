/** npm run bench: every benchmark, one table, with the CPU it ran on. */
import os from 'node:os';
import { benchClassifier } from './classifier';

async function main(): Promise<void> {
  console.log(`CPU: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} threads), Node ${process.version}`);
  const results: Record<string, Record<string, number | string>> = {};
  results.classifier = await benchClassifier();
  for (const [name, r] of Object.entries(results)) {
    console.log(`\n${name}`);
    console.table(r);
  }
}

void main();
