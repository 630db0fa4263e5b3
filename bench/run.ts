// `npm run bench [-- filter]`: runs every bench/*.bench.ts (or those whose
// benchmark names contain the filter), merges the numbers into bench/results/latest.json and
// prints a table. Targets are checked here, by people, never by timed unit tests.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, BenchResult } from './lib/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.join(here, 'results', 'latest.json');
const filter = process.argv[2] ?? '';

async function main(): Promise<void> {
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const previous: Record<string, unknown> = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  const results: Record<string, BenchResult> = {};
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(here, file)).href)) as { benchmarks: Benchmark[] };
    for (const benchmark of module.benchmarks.filter((b) => b.name.includes(filter))) {
      process.stdout.write(`• ${benchmark.name}: ${benchmark.description}\n`);
      Object.assign(results, await benchmark.run());
    }
  }
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const merged = { ...previous, ...results, _meta: { date: new Date().toISOString(), machine } };
  writeFileSync(resultsFile, `${JSON.stringify(merged, null, 2)}\n`);
  console.table(Object.fromEntries(Object.entries(results).map(([name, r]) => [name, { value: r.value, unit: r.unit }])));
  console.log(`written to ${path.relative(process.cwd(), resultsFile)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
