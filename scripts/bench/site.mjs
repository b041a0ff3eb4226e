// The benchmark builds a snapshot of the site in its own folder. Building in the project itself would
// rewrite .astro/content-modules.mjs and node_modules/.astro/data-store.json with the synthetic
// archive while teammates build and test the real one in the same checkout.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs from the project, besides node_modules (linked, not copied) and the content (ARCHIVE_CONTENT_DIR). */
export const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts/build.mjs', 'scripts/build'];

/** The config file the benchmark builds with: the project's config plus phase marks and a private cache. */
export const BENCH_CONFIG = 'astro.bench.config.mjs';

/** Copies the site into `dir` (working tree, or git `ref`), links node_modules, writes the bench config; returns what was copied. */
export function prepareSite({ project, dir, ref }) {
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', ['-C', project, ...args], { encoding: 'utf8' }).trim();
  let origin;
  if (ref) {
    const tar = join(dir, 'site.tar');
    git('archive', '--format=tar', '-o', tar, ref, '--', ...SITE_FILES.filter((f) => git('ls-tree', '--name-only', ref, f)));
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    origin = `git ${ref} (${git('rev-parse', '--short', ref)})`;
  } else {
    for (const file of SITE_FILES) if (existsSync(join(project, file))) cpSync(join(project, file), join(dir, file), { recursive: true });
    const changed = git('status', '--porcelain', '--', ...SITE_FILES).split('\n').filter(Boolean).length;
    origin = `working tree at ${git('rev-parse', '--short', 'HEAD')}${changed ? ` + ${changed} uncommitted file(s)` : ''}`;
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The phase marker comes from the benchmark's own checkout, so that --ref can build commits made before it existed.
  cpSync(join(project, 'src/integrations/build-phases.ts'), join(dir, 'bench-build-phases.ts'));
  writeFileSync(
    join(dir, BENCH_CONFIG),
    [
      "import config from './astro.config.mjs';",
      "import { withBuildPhases } from './bench-build-phases.ts';",
      '// A private cacheDir: the default lies under node_modules, which is linked to the project. A slice of a sharded',
      "// build keeps its own (astro.config.mjs derives it from ARCHIVE_CACHE_DIR, which the benchmark sets).",
      "export default { ...config, cacheDir: process.env.ARCHIVE_SHARD ? config.cacheDir : './.astro-cache/', integrations: withBuildPhases(config.integrations ?? []) };",
      '',
    ].join('\n'),
  );
  return origin;
}
