/**
 * `npm ci` installs from the committed lock file only when the lock holds everything package.json asks for,
 * optional platform binaries of other machines included (npm ci refuses the lock otherwise).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

interface LockedPackage {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')) as { devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(`${projectRoot}package-lock.json`, 'utf8')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };

/** Whether the lock has an entry for `name` where Node would look for it from `from` (nested, then up to the top). */
function resolvable(from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

describe('the lock file', () => {
  it('asks for the same devDependencies as package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['']!.devDependencies).toEqual(manifest.devDependencies);
  });

  it('holds an entry for every dependency and optional dependency of every locked package, for every platform', () => {
    const missing: string[] = [];
    for (const [path, locked] of Object.entries(lock.packages)) {
      for (const name of Object.keys({ ...locked.dependencies, ...locked.optionalDependencies })) {
        if (!resolvable(path, name)) missing.push(`${path || '(root)'} -> ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
