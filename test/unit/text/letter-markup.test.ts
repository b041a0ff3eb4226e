import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkLetterBody, letterBodyToMarkdown } from '../../../src/lib/text/letter-markup.ts';
import { HOSTILE_LINES } from '../../fixtures/hostile-bodies.ts';
import { checkFrontmatter, readLetterBody, splitLetterFile } from '../../../src/data/letter-loader.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDir } from '../../support/paths.ts';
import { readLetterFile } from '../../support/letter-files.ts';

const html = (body: string) => markdownToHtml(letterBodyToMarkdown(body).markdown).html;

describe('letterBodyToMarkdown', () => {
  it('turns each mention component into the link the page shows for it', () => {
    const body = 'H.E. <PersonRef id="sylvie-lucas">Sylvie Lucas</PersonRef> of <OrgRef id="luxembourg">Luxembourg</OrgRef> cited <DocRef symbol="A/DEC/62/557">decision 62/557</DocRef> of <DateRef date="2008-09-15">15 September 2008</DateRef>.';
    expect(html(body)).toBe(
      '<p>H.E. <a class="mention mention-person" href="/people/sylvie-lucas/">Sylvie Lucas</a> of ' +
        '<a class="mention mention-organisation" href="/organisations/luxembourg/">Luxembourg</a> cited ' +
        '<a class="mention mention-document" href="/documents/a-dec-62-557/" data-symbol="A/DEC/62/557">decision 62/557</a> of ' +
        '<a class="mention mention-date" href="/dates/2008/09/15/"><time datetime="2008-09-15">15 September 2008</time></a>.</p>\n',
    );
  });

  it('keeps formatting tags and escaped characters as the reader should see them', () => {
    expect(html('the 70<sup>th</sup> session, \\<b\\> and \\{x\\} and \\*')).toBe('<p>the 70<sup>th</sup> session, &lt;b&gt; and {x} and *</p>\n');
  });

  it('escapes the quotes and ampersands of an attribute value rather than ending the attribute', () => {
    expect(letterBodyToMarkdown('<DocRef symbol="A&B">x</DocRef>').markdown).toContain('data-symbol="A&amp;B"');
  });

  it('reads an indented paragraph as text, as MDX does, not as a code block', () => {
    expect(html('Excellency,\n\n        I have the honour')).toBe('<p>Excellency,</p>\n<p>I have the honour</p>\n');
  });

  it('keeps a line holding only a tag apart, so that the escapes of the next line are still read', () => {
    expect(html('<br>\nMr\\. Lykketoft \\_said\\_')).toBe('<br>\n<p>Mr. Lykketoft _said_</p>\n');
  });

  it('reports code, unknown elements and malformed tags with their line, and leaves them unrendered as links', () => {
    const body = 'Excellency,\n\nA {1 + 1} sum\n\nimport x from "y"\n\n<script>alert(1)</script>\n\n<PersonRef id={who}>x</PersonRef>\n\na < b';
    expect(letterBodyToMarkdown(body).problems).toEqual([
      { line: 3, message: 'a "{" would start code in MDX: write it as \\{' },
      { line: 5, message: 'a line starting "import" would be read as code in MDX: write its first letter as &#x69;' },
      { line: 7, message: 'the element <script> is not one a letter may hold (PersonRef, OrgRef, DocRef, DateRef, or sup, sub, b, i, em, strong, u, br)' },
      { line: 7, message: 'the element </script> is not one a letter may hold (PersonRef, OrgRef, DocRef, DateRef, or sup, sub, b, i, em, strong, u, br)' },
      { line: 9, message: 'a tag this archive cannot read: write its attributes as name="value"' },
      { line: 9, message: 'a "{" would start code in MDX: write it as \\{' },
      { line: 11, message: 'a "<" that starts no tag: write it as \\< or &lt;' },
    ]);
  });

  it('finds nothing to report in the seed letters', () => {
    for (const id of ['2015-12-14-lykketoft-ign-meetings', '2015-12-11-lucas-ign-meetings', '2021-01-28-donaldson-selection-process', 'undated-1-for-7-billion-civil-society']) {
      expect(letterBodyToMarkdown(readLetterFile(`${contentDir}/letters/${id}.mdx`).body).problems, id).toEqual([]);
    }
  });
});

describe('checkLetterBody', () => {
  it.each(HOSTILE_LINES.map((c) => [c.case, c.line, c.found]))('refuses %s, naming what it found', (_, line, found) => {
    expect(checkLetterBody(`Excellency,\n\n${line}`)).toContainEqual({ line: 3, message: found });
  });

  it('accepts the four mentions with their one attribute and the formatting tags bare, with web and e-mail links', () => {
    const body = '<PersonRef id="a">A</PersonRef> <OrgRef id="b">B</OrgRef> <DocRef symbol="A/RES/69/321">C</DocRef> <DateRef date="2015-12-14">D</DateRef>\n\n70<sup>th</sup>, H<sub>2</sub>O, <b>b</b> <i>i</i> <em>e</em> <strong>s</strong> <u>u</u><br> and <br />\n\n[the UN](https://www.un.org/), www.un.org, pga@un.org';
    expect(checkLetterBody(body)).toEqual([]);
  });

  it.each([
    ['another attribute on a mention', '<PersonRef id="a" onclick="x()">A</PersonRef>', 'the attribute onclick="x()" on <PersonRef>: <PersonRef> takes only id="..."'],
    ['an id on a mention that takes another attribute', '<DocRef symbol="S/1" id="main">A</DocRef>', `an id (id="main") on <DocRef>: ids on a letter's page are the archive's own (#main, #p1...); <DocRef> takes only symbol="..."`],
    ['a mention without its attribute', '<OrgRef>A</OrgRef>', '<OrgRef> needs one id="..." (found 0)'],
    ['a mention whose value is not in double quotes', "<PersonRef id='a'>A</PersonRef>", `<PersonRef> id='a': write the value in double quotes, id="..."`],
    ['an attribute in single quotes', "<b onclick='x()'>A</b>", "the attribute onclick='x()' on <b>: <b> takes no attributes"],
    ['an attribute without quotes', '<u onclick=x>A</u>', 'the attribute onclick=x on <u>: <u> takes no attributes'],
    ['a bare attribute', '<em hidden>A</em>', 'the attribute hidden on <em>: <em> takes no attributes'],
    ['an attribute on a closing tag', '<b>A</b class="x">', 'the attribute class="x" on </b>: </b> takes no attributes'],
  ])('refuses %s', (_, body, message) => {
    expect(checkLetterBody(body)).toEqual([{ line: 1, message }]);
  });

  it('names the line of the body even after a line that holds only a tag', () => {
    expect(checkLetterBody('<br>\nText\n\n<b>\nMore\n\n![x](https://x.example/x.png)')).toMatchObject([{ line: 7 }]);
  });

  it('shows a refused tag as text, never as HTML, should its page be rendered anyway', () => {
    expect(html('A <b onmouseover="alert(1)">x</b>')).toBe('<p>A &lt;b onmouseover="alert(1)"&gt;x</b></p>\n');
  });
});

describe('splitLetterFile', () => {
  it('separates the frontmatter from the body and gives the file line on which the body starts', () => {
    expect(splitLetterFile('---\ntitle: x\n---\n\n\nFirst line\nSecond')).toEqual({ yaml: 'title: x', body: 'First line\nSecond', bodyLine: 6 });
  });

  it('finds no frontmatter in a file that does not open with one', () => {
    expect(splitLetterFile('title: x\n---\nbody')).toBeNull();
  });
});

describe('readLetterBody', () => {
  it('reads the body of a letter from its file, as the content store keeps only the frontmatter', () => {
    const body = readLetterBody(`${contentDir}/letters/2015-12-14-lykketoft-ign-meetings.mdx`);
    expect(body).toMatch(/^<DateRef date="2015-12-14">14 December 2015<\/DateRef>\n/);
    expect(body).not.toContain('title:');
  });

  it('names the file and its first line when the file has no frontmatter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'letter-body-'));
    try {
      writeFileSync(join(dir, 'x.mdx'), 'No frontmatter here.');
      expect(() => readLetterBody(join(dir, 'x.mdx'))).toThrow(`${join(dir, 'x.mdx')}:1 frontmatter: the file must start with a --- frontmatter block`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkFrontmatter', () => {
  const valid = readFileSync(`${contentDir}/letters/2015-12-14-lykketoft-ign-meetings.mdx`, 'utf8').split('\n---\n')[0]!.slice(4);

  it('accepts the frontmatter of a seed letter', () => {
    expect(checkFrontmatter('x.mdx', valid)).toMatchObject({ problems: [] });
  });

  it('names the file, the line and the field of a value the schema refuses', () => {
    const lines = valid.split('\n');
    const at = lines.findIndex((line) => line.startsWith('date:'));
    lines[at] = 'date: 14 December 2015';
    const { problems } = checkFrontmatter('content/letters/x.mdx', lines.join('\n'));
    expect(problems).toContain(`content/letters/x.mdx:${at + 2} date: write the date as YYYY-MM-DD`);
    for (const problem of problems) expect(problem.startsWith(`content/letters/x.mdx:${at + 2} date: `), problem).toBe(true);
  });

  it('names the line of a YAML mistake', () => {
    expect(checkFrontmatter('x.mdx', 'title: a\n  bad: [').problems[0]).toMatch(/^x\.mdx:\d+ frontmatter: /);
  });
});
