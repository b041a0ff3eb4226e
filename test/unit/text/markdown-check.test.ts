import { describe, expect, it } from 'vitest';
import { findMarkdownProblems } from '../../../src/lib/text/markdown-check.ts';

const noHtml = () => false;

describe('findMarkdownProblems', () => {
  it('accepts web and e-mail links, written out or as autolinks', () => {
    expect(findMarkdownProblems('See [the UN](https://www.un.org/), http://undocs.org, www.un.org and [write](mailto:pga@un.org) or pga@un.org.', noHtml)).toEqual([]);
  });

  it.each([
    ['a javascript: link', '[x](javascript:alert(3))', 'a link to "javascript:alert(3)": a letter may link only to http(s) and mailto addresses'],
    ['a javascript: link hidden by a character reference', '[x](&#106;avascript:alert(1))', 'a link to "javascript:alert(1)": a letter may link only to http(s) and mailto addresses'],
    ['a data: link', '[x](data:text/html,hi)', 'a link to "data:text/html,hi": a letter may link only to http(s) and mailto addresses'],
    ['a link into the site, which only mentions make', '[x](/letters/x/)', 'a link to "/letters/x/": a letter may link only to http(s) and mailto addresses'],
    ['an image', '![p](https://tracker.example/p.gif)', `an image ("https://tracker.example/p.gif"): a letter's page shows no images and loads nothing from another site; write "!" before "[" as \\!`],
    ['raw HTML', 'a <img src=x onerror=alert(1)> b', 'raw HTML "<img src=x onerror=alert(1)>": a letter may hold only the mention components and the formatting tags, with no attributes'],
  ])('reports %s', (_, markdown, message) => {
    expect(findMarkdownProblems(markdown, noHtml)).toEqual([{ line: 1, message }]);
  });

  it('reports a link by reference at the line of its definition, and a footnote at each of its lines', () => {
    expect(findMarkdownProblems('A [r][1] and x[^n].\n\n[1]: javascript:x\n[^n]: note', noHtml).map((f) => f.line)).toEqual([1, 3, 4]);
  });

  it('reports an image by reference', () => {
    expect(findMarkdownProblems('![logo][l]\n\n[l]: https://x.example/l.png', noHtml)[0]?.message).toBe(`an image ("![l]"): a letter's page shows no images; write "!" before "[" as \\!`);
  });

  it('lets through the raw HTML the caller allows', () => {
    expect(findMarkdownProblems('70<sup>th</sup>', (html) => /^<\/?sup>$/.test(html))).toEqual([]);
  });
});
