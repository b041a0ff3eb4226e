// --peer starlight: the same generated letters built as a Starlight documentation site, in the bench's own scratch
// folder (installed there from the npm registry, never into the project), so that the archive's build has a yardstick
// measured in the same run on the same machine state.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

/** The peers the benchmark knows, each with the packages it installs (pinned, so that runs compare). */
export const PEERS = {
  starlight: { packages: { '@astrojs/starlight': '0.42.4' } },
};

/** The mention components of a letter's body, which Starlight does not know: their text stays, the tag goes. */
const MENTION = /<(PersonRef|OrgRef|DocRef|DateRef)\b[^>]*>([\s\S]*?)<\/\1>/g;

/**
 * One letter as a Starlight page: its title, and its body with the mentions as plain text. The body is otherwise the
 * letter's own Markdown (paragraphs, line breaks, escapes, formatting tags), so that both sites render the same text.
 */
export function starlightPage(mdx) {
  const end = mdx.indexOf('\n---\n', 4);
  const { title } = parse(mdx.slice(4, end));
  const body = mdx.slice(end + 5).replace(MENTION, '$2');
  return `---\ntitle: ${JSON.stringify(String(title))}\n---\n${body}`;
}

/** The site files of the peer: config, content collection, a home page, one page per letter; returns the letter count. */
function writePeerSite(dir, files) {
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('astro.config.mjs', [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    '// One link in the sidebar: a sidebar listing every letter would put thousands of links on every page.',
    "export default defineConfig({ integrations: [starlight({ title: 'Letters', sidebar: [{ label: 'Letters', link: '/' }] })] });",
    '',
  ].join('\n'));
  write('src/content.config.ts', [
    "import { defineCollection } from 'astro:content';",
    "import { docsLoader } from '@astrojs/starlight/loaders';",
    "import { docsSchema } from '@astrojs/starlight/schema';",
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    '',
  ].join('\n'));
  write('src/content/docs/index.md', '---\ntitle: Letters\n---\n\nThe letters of the benchmark.\n');
  let letters = 0;
  for (const [path, text] of files) {
    if (!path.startsWith('letters/')) continue;
    write(`src/content/docs/${path.replace(/\.mdx$/, '.md')}`, starlightPage(text));
    letters++;
  }
  return letters;
}

/**
 * Makes the peer's site in `dir`: installs Astro (the project's version) and the peer's packages with npm, then writes
 * the letters. Returns the command that builds it and a line saying what was installed.
 */
export function preparePeer({ name, dir, files, project }) {
  const peer = PEERS[name];
  if (!peer) throw new Error(`--peer ${name}: the benchmark knows ${Object.keys(PEERS).join(', ')}`);
  const astro = JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')).version;
  const dependencies = { astro, ...peer.packages };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `bench-peer-${name}`, private: true, type: 'module', dependencies }, null, 2)}\n`);
  const started = Date.now();
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const letters = writePeerSite(dir, files);
  const installed = Object.entries(dependencies).map(([pkg, version]) => `${pkg}@${version}`).join(', ');
  return {
    build: { command: process.execPath, args: ['node_modules/astro/bin/astro.mjs', 'build'], cwd: dir },
    note: `peer ${name}: ${letters} letters as pages; installed ${installed} in ${((Date.now() - started) / 1000).toFixed(1)} s (not timed)`,
  };
}

/** The archive's share of the peer's wall time that the issue sets as the goal at 5,000 letters. */
export const PEER_GOAL = 0.5;

/**
 * Builds the peer on the same letters and measures it as the archive's build is measured; returns its figures and
 * the lines to print: its wall, CPU and peak memory, and the archive's build as a share of each.
 */
export async function measurePeer({ name, root, files, project, cold, runMeasured, figures }) {
  const { build, note } = preparePeer({ name, dir: join(root, `peer-${name}`), files, project });
  const logFile = join(root, `peer-${name}-build.log`);
  const run = await runMeasured({ ...build, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, logFile });
  if (run.exitCode !== 0) throw new Error(`the ${name} build exited with ${run.exitCode}; last lines of ${logFile}:\n${readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')}`);
  const peer = { name, ...figures(run) };
  const share = (a, b) => (a / b).toFixed(2);
  const wall = cold.wallMs / peer.wallMs;
  return {
    peer,
    lines: [
      note,
      `peer ${name}: built in ${(peer.wallMs / 1000).toFixed(1)} s (cpu ${(peer.cpuMs / 1000).toFixed(1)} s, peak tree ${Math.round(peer.peakKb / 1024)} MB)`,
      `archive / ${name}: wall ${share(cold.wallMs, peer.wallMs)}, cpu ${share(cold.cpuMs, peer.cpuMs)}, peak memory ${share(cold.peakKb, peer.peakKb)}; goal wall ≤ ${PEER_GOAL}: ${wall <= PEER_GOAL ? 'met' : 'MISSED'}`,
    ],
  };
}
