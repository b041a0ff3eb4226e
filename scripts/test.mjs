// npm test: makes sure Chromium is installed, type-checks the project (astro check: no errors, no
// warnings), then runs every unit and e2e test with Vitest. Extra arguments go to Vitest
// (npm test -- --project unit).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
// The project runs on the Node 24 of node_modules/.bin, whichever node started this script.
const localNode = join(root, 'node_modules', '.bin', 'node');
const node = existsSync(localNode) ? localNode : process.execPath;

/** Runs a command in the project folder with its output shown; returns its exit code. */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** Installs Debian's chromium when it is missing and this runs as root; otherwise says how, and stops. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing: run \`sudo apt-get install -y chromium\` (Debian package chromium, expected at ${CHROMIUM})`);
    process.exit(1);
  }
  console.log(`Chromium is missing: installing the Debian package chromium (${CHROMIUM})...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update'], env) !== 0 || run('apt-get', ['install', '-y', 'chromium'], env) !== 0 || !existsSync(CHROMIUM)) {
    console.error(`Could not install Chromium with apt-get: ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}

/** Runs one step, timing it; stops the whole run with the step's exit code when it fails. */
function step(name, command, args) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  const code = run(command, args);
  console.log(`== ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) process.exit(code);
}

ensureChromium();
step('astro check', node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumFailingSeverity', 'warning']);
step('vitest (unit and e2e)', node, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)]);
