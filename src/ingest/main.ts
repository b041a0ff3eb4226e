// npm run ingest -- [--dry-run] [--json] [--force] [--content DIR] <files or folders...>
import { ingestFiles } from './run.ts';
import { parseArguments, usage } from './arguments.ts';

const parsed = parseArguments(process.argv.slice(2));
if ('error' in parsed) {
  process.stderr.write(`ingest: ${parsed.error}\n${usage}\n`);
  process.exit(2);
}
const outcome = await ingestFiles(parsed);
if (parsed.json) process.stdout.write(`${JSON.stringify(outcome.contract, null, 2)}\n`);
else process.stdout.write(outcome.report.join('\n') + '\n');
if (parsed.json && outcome.failures.length) process.stderr.write(outcome.failures.join('\n') + '\n');
process.exit(outcome.failures.length ? 1 : 0);
