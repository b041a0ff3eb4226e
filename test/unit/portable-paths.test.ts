/**
 * The project runs from any folder on any machine: no file under src/, test/, scripts/ or .ci/ names an absolute
 * path of this machine outside the repository, and no test reads what lies beside the clone (../shared).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const CHECKED = ['src', 'test', 'scripts', '.ci'];
// System folders hold tools (the Debian Chromium at /usr/bin/chromium, /dev/shm, /proc): the same on every machine.
const SYSTEM = new Set(['usr', 'bin', 'sbin', 'lib', 'lib64', 'etc', 'dev', 'proc', 'sys', 'opt', 'var', 'run']);
const root = projectRoot.replace(/\/$/, '');
const HERE = fileURLToPath(import.meta.url);

/** Every file below a folder, but for installed packages and build output. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/(^|\/)(node_modules|dist|\.astro)(\/|$)/.test(relative(dir, entry.parentPath)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The absolute paths a text names in a string literal that point outside the repository into this machine's
 * file system: the literal's first folder exists at this machine's root and is no system folder, or it names
 * the folder the repository sits in.
 */
function machinePaths(text: string, repository = root): string[] {
  const literals = [...text.matchAll(/['"`](\/[A-Za-z][\w.+-]*(?:\/[\w.+${}-]*)*)/g)].map((m) => m[1]!);
  return literals.filter((path) => {
    if (path === repository || path.startsWith(`${repository}/`)) return false;
    const top = path.split('/')[1]!;
    if (SYSTEM.has(top)) return false;
    return path.startsWith(`${dirname(repository)}/`) || (path.split('/').length > 2 && existsSync(`/${top}`));
  });
}

describe('paths in the project', () => {
  it('name no folder of this machine outside the repository, in any file under src/, test/, scripts/ or .ci/', () => {
    const found = CHECKED.flatMap((dir) => filesBelow(join(root, dir))).flatMap((file) =>
      machinePaths(readFileSync(file, 'utf8')).map((path) => `${relative(root, file)}: ${path}`),
    );
    expect(found).toEqual([]);
  });

  it('let no test or source file reach ../shared, which a clone elsewhere does not have', () => {
    const beside = new RegExp(`\\.\\./${'shared'}\\b`);
    const found = ['src', 'test', 'scripts'].flatMap((dir) => filesBelow(join(root, dir))).filter((file) => file !== HERE && beside.test(readFileSync(file, 'utf8')));
    expect(found.map((file) => relative(root, file))).toEqual([]);
  });

  it('are caught when a file names the folder beside the clone, a home folder or a scratch folder', () => {
    const beside = `${dirname(root)}/shared/seeds/a.txt`;
    expect(machinePaths(`readFileSync('${beside}')`)).toEqual([beside]);
    const scratch = ['', 'tmp', 'checkout', 'main'].join('/');
    expect(machinePaths(`const project = '${scratch}';`)).toEqual([scratch]);
    expect(machinePaths("spawn('/usr/bin/chromium'); fetch('/data/letters.json'); const here = '" + root + "/content';")).toEqual([]);
  });
});
