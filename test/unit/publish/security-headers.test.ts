import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../src/lib/publish/security-headers.ts';
import { projectRoot } from '../../support/paths.ts';
import { headersFor, parseHeadersFile } from '../../support/static-server.ts';

const rules = parseHeadersFile(readFileSync(join(projectRoot, 'public', '_headers'), 'utf8'));

describe('the Content-Security-Policy', () => {
  it('allows only the site itself, and WebAssembly for Pagefind: no inline code, no other origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|https?:|\*/);
  });

  it('is given to pages in a <meta> without frame-ancestors, which browsers ignore there', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});

describe('public/_headers', () => {
  it('sends every page the policy, nosniff, a referrer policy and a refusal to be framed', () => {
    expect(headersFor(rules, '/letters/x/')).toEqual({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    });
  });

  it.each([
    ['/sources/x.txt', 'text/plain; charset=utf-8'],
    ['/data/letters.csv', 'text/csv; charset=utf-8'],
    ['/data/letters.json', 'application/json; charset=utf-8'],
    ['/letters/x/letter.json', 'application/json; charset=utf-8'],
  ])('sends %s as %s', (path, type) => {
    expect(headersFor(rules, path)['content-type']).toBe(type);
  });

  it('lets browsers keep files named by their content for a year, and nothing else', () => {
    for (const path of ['/_astro/BaseLayout.ClROp3Q7.css', '/pagefind/fragment/en_9a3517f.pf_fragment', '/pagefind/index/en_1.pf_index', '/pagefind/filter/en_1.pf_filter', '/pagefind/parts/0123456789abcdef0123456789abcdef/pagefind-entry.json']) {
      expect(headersFor(rules, path)['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/letters/x/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/parts.json']) expect(headersFor(rules, path)['cache-control'], path).toBeUndefined();
  });
});
