import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

// scripts/bench.mjs reads these marks to split one `astro build` into phases. Wall time alone cannot
// tell content sync from bundling from page rendering, and only the process itself knows its peak RSS.

/** Appends a phase mark (time and this process's peak memory) to BENCH_PHASE_LOG, when it is set. */
export function markPhase(phase: string): void {
  const file = process.env.BENCH_PHASE_LOG;
  if (!file) return;
  // maxRSS is in kilobytes on Linux: the peak of this process so far, not the current size.
  appendFileSync(file, `${JSON.stringify({ phase, t: Date.now(), maxRSS: process.resourceUsage().maxRSS })}\n`);
}

/** Wraps integrations between two phase markers that log to BENCH_PHASE_LOG; returns them unchanged when it is not set. */
// Marks: config:setup, build:start, bundle:<environment> per Vite environment, build:generated, then
// pagefind:before and pagefind:after around every other integration's astro:build:done hook.
export function withBuildPhases(integrations: AstroIntegration[]): AstroIntegration[] {
  if (!process.env.BENCH_PHASE_LOG) return integrations;
  const first: AstroIntegration = {
    name: 'un-letters:build-phases',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        markPhase('config:setup');
        // closeBundle runs once per Vite environment (prerender, client): the end of bundling.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'un-letters:build-phases',
                closeBundle() {
                  markPhase(`bundle:${this.environment?.name ?? 'unknown'}`);
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => markPhase('build:start'),
      'astro:build:generated': () => markPhase('build:generated'),
      // Runs before the other integrations' build:done hooks, i.e. before the Pagefind index.
      'astro:build:done': () => markPhase('pagefind:before'),
    },
  };
  const last: AstroIntegration = {
    name: 'un-letters:build-phases-end',
    hooks: { 'astro:build:done': () => markPhase('pagefind:after') },
  };
  return [first, ...integrations, last];
}
