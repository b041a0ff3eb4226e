/**
 * The layers of src/lib keep their order: each layer imports only the layers its README names on its
 * "May use:" line, src/schema imports nothing from src/lib, and nothing in either reaches astro:* or the file system.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const LIB = join(projectRoot, 'src/lib');
const SCHEMA = join(projectRoot, 'src/schema');
const FORBIDDEN_PACKAGES = /^(astro:|node:fs|fs$|fs\/)/;

/** Every .ts file below a folder. */
const tsFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).map((name) => join(dir, name));

/** The module specifiers a source text imports or re-exports, statically or dynamically. */
function importsIn(text: string): string[] {
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\sfrom\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** The module specifiers a file imports. */
const importsOf = (file: string) => importsIn(readFileSync(file, 'utf8'));

/** The layers of src/lib, each with the layers its README says it may use. */
function readLayers(): Map<string, string[]> {
  const layers = new Map<string, string[]>();
  for (const entry of readdirSync(LIB, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const readme = join(LIB, entry.name, 'README.md');
    const line = existsSync(readme) ? /^May use: (.*)$/m.exec(readFileSync(readme, 'utf8')) : null;
    layers.set(entry.name, line ? line[1]!.split(',').map((name) => name.trim()).filter(Boolean) : []);
  }
  return layers;
}

/** Where an import lands: 'schema', a layer's name, 'outside' (another part of src/), or null for a package. */
function landing(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = resolve(dirname(file), specifier);
  if (target.startsWith(SCHEMA + '/')) return 'schema';
  if (target.startsWith(LIB + '/')) return relative(LIB, target).split('/')[0]!;
  return 'outside';
}

const layers = readLayers();

describe('the layers of src/lib', () => {
  it('are folders, each with a README that says on its "May use:" line which layers it may import', () => {
    expect(readdirSync(LIB).filter((name) => name.endsWith('.ts'))).toEqual([]);
    for (const [layer, uses] of layers) {
      expect(existsSync(join(LIB, layer, 'README.md')), `${layer}/README.md`).toBe(true);
      for (const used of uses) expect(used === 'schema' || layers.has(used), `${layer} may use "${used}", which is no layer`).toBe(true);
    }
    expect(layers.size).toBeGreaterThanOrEqual(6);
  });

  it('form an order: no layer may use a layer that may use it, however indirectly', () => {
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (layers.get(from) ?? []).some((next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))));
    for (const layer of layers.keys()) expect(reaches(layer, layer), `${layer} reaches itself`).toBe(false);
  });

  it('import only what their README allows, and never astro:* or the file system', () => {
    const breaches: string[] = [];
    for (const [layer, uses] of layers) {
      for (const file of tsFiles(join(LIB, layer))) {
        for (const specifier of importsOf(file)) {
          const lands = landing(file, specifier);
          const name = relative(projectRoot, file);
          if (lands === null && FORBIDDEN_PACKAGES.test(specifier)) breaches.push(`${name} imports ${specifier}`);
          else if (lands === 'outside') breaches.push(`${name} imports ${specifier}, outside src/lib and src/schema`);
          else if (lands !== null && lands !== layer && !uses.includes(lands)) breaches.push(`${name} (${layer}) imports ${specifier} (${lands})`);
        }
      }
    }
    expect(breaches).toEqual([]);
  });
});

describe('src/schema', () => {
  it('imports nothing from src/lib or any other part of src/, and nothing of astro:* or the file system', () => {
    const breaches = tsFiles(SCHEMA).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => (landing(file, specifier) ?? 'schema') !== 'schema' || FORBIDDEN_PACKAGES.test(specifier))
        .map((specifier) => `${relative(projectRoot, file)} imports ${specifier}`),
    );
    expect(breaches).toEqual([]);
  });
});

describe('the import reader this test relies on', () => {
  it('sees static, type-only, multi-line, side-effect, re-exported and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../archive/b.ts';",
      'import {\n  c,\n  d,\n} from "./c.ts";',
      "import './side-effect.ts';",
      "export { e } from '../views/e.ts';",
      "const f = await import('node:fs');",
      "const text = 'this string mentions from \"./not-an-import.ts\"';",
    ].join('\n');
    expect(importsIn(source)).toEqual(['./a.ts', '../archive/b.ts', './c.ts', './side-effect.ts', '../views/e.ts', 'node:fs']);
  });
});
