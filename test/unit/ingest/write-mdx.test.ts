import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxReaderText, verifyMdx } from '../../../src/lib/ingest/verify-mdx.ts';
import { writeMdx, type Mark } from '../../../src/lib/ingest/write-mdx.ts';

/** What a reader sees of a text written as MDX, with its spacing made plain. */
const seen = (text: string, marks: Mark[] = []) => mdxReaderText(writeMdx(text, marks)).text.replace(/\s+/g, ' ').trim();

const mark = (text: string, words: string, tag: Mark['tag'] = 'DateRef', value = '2015-12-14'): Mark => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, tag, attribute: tag === 'DocRef' ? 'symbol' : tag === 'DateRef' ? 'date' : 'id', value };
};

/** The elements and text of an MDX body, as a compact outline ("p(DateRef("14 December 2015"))"). */
function outline(mdx: string): string {
  const walk = (n: { type: string; tagName?: string; name?: string; value?: string; children?: unknown[] }): string =>
    n.type === 'text' ? JSON.stringify(n.value) : `${n.tagName ?? n.name ?? n.type}(${(n.children ?? []).map((c) => walk(c as typeof n)).join(',')})`;
  return walk(mdxToHast(mdx) as never);
}

describe('writeMdx escapes what MDX or Markdown would read as code or syntax', () => {
  it.each([
    ['{ }', '\\{ \\}'],
    ['< >', '\\< \\>'],
    ['[ ]', '\\[ \\]'],
    ['* _ ` | ~', '\\* \\_ \\` \\| \\~'],
    ['& \\', '\\& \\\\'],
    ['{alert(1)}', '\\{alert(1)\\}'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['&amp; &#123;', '\\&amp; \\&#123;'],
  ])('writes %j as %j', (text, mdx) => {
    expect(writeMdx(text, [])).toBe(`${mdx}\n`);
  });

  it.each([
    ['1. First', '1\\. First'],
    ['2) Second', '2\\) Second'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['# heading', '\\# heading'],
    ['= rule', '\\= rule'],
  ])('keeps the line %j from becoming a list, heading or rule', (text, mdx) => {
    expect(writeMdx(text, [])).toBe(`${mdx}\n`);
  });

  it.each(['a { b } c < d > e [f] *g* _h_ `i` |j| ~k~ & l \\ m', '# 1. - = > |a|b| ***', '{1+1}', '<Foo />', '&lt;b&gt;'])('shows %j to the reader exactly as written', (text) => {
    expect(seen(text)).toBe(text);
  });

  it.each([
    ['import x from "y"', '&#105;mport x from "y"'],
    ['export const a = 1', '&#101;xport const a = 1'],
  ])('writes the line %j as text, not as an ES module statement', (text, mdx) => {
    expect(writeMdx(text, [])).toBe(`${mdx}\n`);
    expect(verifyMdx(writeMdx(text, []), text).problems).toEqual([]);
    expect(seen(text)).toBe(text);
  });

  it.each([
    'see https://www.un.org/en/ga/view_doc.asp?symbol=A/70/1 today',
    '<http://www.un.org>',
    'www.un.org/a_b<',
    '[link](http://x)<>',
  ])('keeps the web address in %j, and the escapes after it, as text', (text) => {
    expect(verifyMdx(writeMdx(text, []), text).problems).toEqual([]);
    expect(seen(text)).toBe(text);
  });
});

describe('writeMdx keeps formatting and marks', () => {
  it('keeps <sup>th</sup> as a superscript', () => {
    expect(writeMdx('the 70<sup>th</sup> session', [])).toBe('the 70<sup>th</sup> session\n');
    expect(outline(writeMdx('the 70<sup>th</sup> session', []))).toBe('root(p("the 70",sup("th")," session"))');
  });

  it('keeps <br> as a line break', () => {
    expect(writeMdx('line<br>next', [])).toBe('line<br />next\n');
  });

  it('wraps exactly the text of a mark in its component', () => {
    const text = 'On 14 December 2015 we met.';
    expect(writeMdx(text, [mark(text, '14 December 2015')])).toBe('On <DateRef date="2015-12-14">14 December 2015</DateRef> we met.\n');
  });

  it('wraps several marks, each around its own words', () => {
    const text = 'Mogens Lykketoft cited resolution 69/321 on 14 December 2015.';
    const marks = [mark(text, 'Mogens Lykketoft', 'PersonRef', 'mogens-lykketoft'), mark(text, 'resolution 69/321', 'DocRef', 'A/RES/69/321'), mark(text, '14 December 2015')];
    expect(writeMdx(text, marks)).toBe(
      '<PersonRef id="mogens-lykketoft">Mogens Lykketoft</PersonRef> cited <DocRef symbol="A/RES/69/321">resolution 69/321</DocRef> on <DateRef date="2015-12-14">14 December 2015</DateRef>.\n',
    );
  });

  it('wraps a mark over a word broken across two lines, and keeps the two lines', () => {
    const text = 'see resolu-\ntion 69/321 today';
    const body = writeMdx(text, [{ start: 4, end: 23, tag: 'DocRef', attribute: 'symbol', value: 'A/RES/69/321' }]);
    expect(body).toBe('see <DocRef symbol="A/RES/69/321">resolu-\ntion 69/321</DocRef> today\n');
    expect(verifyMdx(body, text).problems).toEqual([]);
  });

  it('does not escape a line start that a mark opens', () => {
    const text = '1. On 14 December';
    expect(writeMdx(text, [mark(text, '1.')])).toBe('<DateRef date="2015-12-14">1.</DateRef> On 14 December\n');
  });

  it('keeps a line of elements that touch as one line of text, with no space put between them', () => {
    const text = 'Sylvie Lucas<sup>1</sup>';
    const body = writeMdx(text, [mark(text, 'Sylvie Lucas', 'PersonRef', 'sylvie-lucas')]);
    expect(verifyMdx(body, text).problems).toEqual([]);
    expect(outline(body)).toMatch(/^root\(p\(PersonRef\("Sylvie Lucas"\),sup\("1"\)/);
  });
});

describe('writeMdx lays out paragraphs and lines', () => {
  const prose = [
    'This is a long line of hard-wrapped prose that runs well over fifty characters in',
    'width and continues onto this line which is also long enough to count as prose.',
    'It ends here.',
    'A new sentence starts a new paragraph because the previous line ended early with a stop.',
    'And the last line of this paragraph is again long enough to look like prose to it.',
  ].join('\n');

  it('joins hard-wrapped prose into paragraphs, and starts one where a sentence ends well short of the line', () => {
    expect(outline(writeMdx(prose, [])).match(/p\(/g)).toHaveLength(2);
    expect(writeMdx(prose, [])).toContain('It ends here.\n\nA new sentence');
  });

  it('keeps a blank line as a paragraph break', () => {
    expect(writeMdx('Dear Sir,\n\nText.', [])).toBe('Dear Sir,\n\nText.\n');
  });

  it('keeps the line breaks of short lines, as in an address', () => {
    expect(writeMdx('To All Permanent Representatives\nNew York', [])).toBe('To All Permanent Representatives\\\nNew York\n');
  });

  it('writes a line of thousands of characters over several lines, which read as the one line', () => {
    const sentence = 'On 3 May 2017 the Assembly met in New York and discussed the matter at length. ';
    const text = sentence.repeat(100).trim();
    const marks = [...text.matchAll(/3 May 2017/g)].map((m) => ({ start: m.index!, end: m.index! + 10, tag: 'DateRef' as const, attribute: 'date' as const, value: '2017-05-03' }));
    const body = writeMdx(text, marks);
    expect(body.trim().split('\n').length).toBeGreaterThan(4);
    expect(body.trim().split('\n').every((line) => line.length < 2000)).toBe(true);
    expect(outline(body).match(/p\(/g)).toHaveLength(1);
    expect(body.match(/<DateRef date="2017-05-03">3\sMay\s2017<\/DateRef>/g)).toHaveLength(100);
    expect(seen(text, marks)).toBe(text);
    expect(verifyMdx(body, text).problems).toEqual([]);
  });

  it('drops the spaces, tabs and page breaks at either end of a line, and keeps a page break inside one as a space', () => {
    expect(writeMdx('  \tindented\f \nsplit\fline', [])).toBe('indented\\\nsplit line\n');
  });
});
