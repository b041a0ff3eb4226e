import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

/** How an astro command ended: its exit code and everything it printed (stdout and stderr together). */
export interface BuildResult {
  code: number;
  output: string;
}

function runAstro(command: 'build' | 'sync', env: NodeJS.ProcessEnv): Promise<BuildResult> {
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, command], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function archiveEnv(cacheDir: string, contentDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  if (contentDir) env.ARCHIVE_CONTENT_DIR = contentDir;
  else delete env.ARCHIVE_CONTENT_DIR;
  return env;
}

/**
 * Runs `astro build` on the Node that runs the tests, writing the site to `outDir` with its own content
 * cache in `cacheDir`; `contentDir` builds another copy of the archive instead of ./content.
 */
export function buildSite(options: { outDir: string; cacheDir: string; contentDir?: string }): Promise<BuildResult> {
  return runAstro('build', { ...archiveEnv(options.cacheDir, options.contentDir), ARCHIVE_OUT_DIR: options.outDir });
}

/**
 * Runs `astro sync` over ./content, so that the generated files in .astro/ (shared with whoever runs
 * `astro dev` here) point at ./content again after a build from another content folder.
 */
export function syncContent(cacheDir: string): Promise<BuildResult> {
  return runAstro('sync', archiveEnv(cacheDir));
}
