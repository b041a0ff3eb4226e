import { describe, expect, it } from 'vitest';
import { mdxReaderText, verifyMdx } from '../../../src/lib/ingest/verify-mdx.ts';

describe('verifyMdx', () => {
  it('passes a faithful body: marks, escapes and formatting as the ingest writes them', () => {
    const source = 'On 14 December 2015, the 70<sup>th</sup> session {1+1} <script>';
    const body = 'On <DateRef date="2015-12-14">14 December 2015</DateRef>, the 70<sup>th</sup> session \\{1+1\\} \\<script\\>\n';
    expect(verifyMdx(body, source)).toEqual({ problems: [] });
  });

  it.each([
    ['an expression', 'Hello {1+1}', 'line 1: a "{" would start code in MDX: write it as \\{'],
    ['an import line', 'import x from "y"\n\nHello', 'line 1: a line starting "import" would be read as code in MDX: write its first letter as &#x69;'],
    ['an export line', 'export const a = 1\n\nHello', 'line 1: a line starting "export" would be read as code in MDX: write its first letter as &#x65;'],
    ['a <script> element', 'Hello <script>x</script>', 'line 1: the element <script> is not one a letter may hold (PersonRef, OrgRef, DocRef, DateRef, or sup, sub, b, i, em, strong, u, br)'],
    ['a component the ingest does not write', 'Hello <Foo />', 'line 1: the element <Foo> is not one a letter may hold (PersonRef, OrgRef, DocRef, DateRef, or sup, sub, b, i, em, strong, u, br)'],
    ['an attribute, as the build does', 'Hello <b onmouseover="alert(1)">x</b>', 'line 1: the attribute onmouseover="alert(1)" on <b>: <b> takes no attributes'],
    ['a javascript: link, as the build does', 'Hello [x](javascript:alert(3))', 'line 1: a link to "javascript:alert(3)": a letter may link only to http(s) and mailto addresses'],
  ])('reports %s', (_, body, problem) => {
    expect(verifyMdx(body, 'Hello').problems).toContain(problem);
  });

  it('reports a body that drops a word, naming the word and the words before it', () => {
    expect(verifyMdx('We welcome the process.', 'We warmly welcome the process.').problems).toEqual([
      'word "warmly" of the source (after "We") would not appear on the page',
    ]);
  });

  it('reports a body that does not parse', () => {
    const [problem] = verifyMdx('Hello <div>', 'Hello').problems;
    expect(problem).toMatch(/^the MDX does not parse: /);
  });

  it('does not take text around a formatting tag that runs together into "<...>" for a tag', () => {
    const source = '2) `<On 2 February, 1892, the Assembly met.<b>bold</b>\n> ';
    const body = '2\\) \\`\\<On 2 February, 1892, the Assembly met.<b>bold</b>\n\\>\n';
    expect(verifyMdx(body, source).problems).toEqual([]);
  });
});

describe('mdxReaderText', () => {
  it('gives the text a reader sees, formatting tags dropped', () => {
    expect(mdxReaderText('the 70<sup>th</sup> session').text.trim()).toBe('the 70th session');
  });

  it('keeps the formatting tags in place when asked to', () => {
    expect(mdxReaderText('the 70<sup>th</sup> session', true).text.trim()).toBe('the 70<sup>th</sup> session');
  });

  it('does not run the code of a body, only reads it', () => {
    expect(mdxReaderText('{globalThis.ran = true}').text).toBe('');
    expect(verifyMdx('{globalThis.ran = true}', '').problems).toEqual(['line 1: a "{" would start code in MDX: write it as \\{']);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});
