/** The ingest's options as given on the command line. */
export interface IngestArguments {
  inputs: string[];
  dryRun: boolean;
  json: boolean;
  force: boolean;
  contentDir: string;
  /** Worker threads that check and render letter files beside the one reading sources; unset: one fewer than the cores, at most two. */
  threads?: number;
}

/** How to call the ingest. */
export const usage = 'usage: npm run ingest -- [--dry-run] [--json] [--force] [--content DIR] [--threads N] <files or folders...>';

/** Reads the command line; an unknown flag or no input is an error. */
export function parseArguments(argv: readonly string[]): IngestArguments | { error: string } {
  const options: IngestArguments = { inputs: [], dryRun: false, json: false, force: false, contentDir: process.env.ARCHIVE_CONTENT_DIR ?? 'content' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--content') {
      const dir = argv[++i];
      if (!dir) return { error: '--content needs a folder' };
      options.contentDir = dir;
    } else if (arg === '--threads') {
      const count = argv[++i];
      if (!count || !/^\d+$/.test(count)) return { error: '--threads needs a number of worker threads (0: none)' };
      options.threads = Number(count);
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else options.inputs.push(arg);
  }
  if (!options.inputs.length) return { error: 'no files or folders to ingest' };
  return options;
}
