import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

/** How an `astro build` ended: its exit code and everything it printed (stdout and stderr together). */
export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Runs `astro build` on the Node that runs the tests, writing the site to `outDir` with its own content
 * cache in `cacheDir`; `contentDir` builds another copy of the archive instead of ./content.
 */
export function buildSite(options: { outDir: string; cacheDir: string; contentDir?: string }): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARCHIVE_OUT_DIR: options.outDir,
    ARCHIVE_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  if (options.contentDir) env.ARCHIVE_CONTENT_DIR = options.contentDir;
  else delete env.ARCHIVE_CONTENT_DIR;
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
