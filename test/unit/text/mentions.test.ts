import { describe, expect, it } from 'vitest';
import { extractMentions, lineAt, splitParagraphs } from '../../../src/lib/text/mentions.ts';
import { contentDir } from '../../support/paths.ts';
import { readLetterFile } from '../../support/letter-files.ts';

const lucas = readLetterFile(`${contentDir}/letters/2015-12-11-lucas-ign-meetings.mdx`);

describe('extractMentions on the letter of 11 December 2015 from Sylvie Lucas', () => {
  const mentions = extractMentions(lucas.body);

  it('finds every mention with its kind, target and paragraph, in reading order', () => {
    expect(mentions.map((m) => [m.kind, m.key, m.paragraph])).toEqual([
      ['date', '2015-12-11', 1],
      ['date', '2015-10-23', 3],
      ['organisation', 'united-nations', 3],
      ['organisation', 'general-assembly', 3],
      ['person', 'mogens-lykketoft', 3],
      ['organisation', 'intergovernmental-negotiations', 3],
      ['person', 'mogens-lykketoft', 3],
      ['organisation', 'general-assembly', 5],
      ['date', '2015-10-30', 5],
      ['organisation', 'general-assembly', 5],
      ['document', 'A/DEC/69/560', 5],
      ['date', '2015-09-14', 5],
      ['date', '2015-07-31', 5],
      ['organisation', 'intergovernmental-negotiations', 6],
      ['document', 'A/DEC/62/557', 6],
      ['date', '2008-09-15', 6],
      ['organisation', 'intergovernmental-negotiations', 7],
      ['date', '2016-02-03', 7],
      ['organisation', 'general-assembly', 7],
      ['organisation', 'security-council', 8],
      ['document', 'A/DEC/62/557', 8],
      ['organisation', 'intergovernmental-negotiations', 10],
      ['organisation', 'intergovernmental-negotiations', 10],
      ['person', 'sylvie-lucas', 12],
      ['organisation', 'intergovernmental-negotiations', 13],
      ['organisation', 'united-nations', 14],
    ]);
  });

  it('gives each mention the body line on which its tag stands', () => {
    for (const mention of mentions) {
      const fileLine = lucas.text.split('\n')[lucas.bodyStartLine + mention.line - 2]!;
      expect(fileLine, `${mention.key} on body line ${mention.line}`).toContain(`>${mention.text}</`);
    }
    const signatureLine = lucas.text.split('\n').indexOf('<PersonRef id="sylvie-lucas">Sylvie Lucas</PersonRef>') + 1;
    expect(signatureLine).toBeGreaterThan(lucas.bodyStartLine);
    expect(mentions.find((m) => m.key === 'sylvie-lucas')!.line + lucas.bodyStartLine - 1).toBe(signatureLine);
  });

  it('keeps the words of the letter that make each mention', () => {
    expect(mentions.filter((m) => m.kind === 'document').map((m) => m.text)).toEqual([
      'General Assembly Decision 69/560',
      'General Assembly Decision 62/557',
      'General Assembly Decision 62/557',
    ]);
    expect(mentions.find((m) => m.key === '2016-02-03')!.text).toBe('February 3, 2016');
  });

  it('quotes the sentence of each mention as plain text, across abbreviations and markup', () => {
    const sentenceOf = (key: string, nth = 0) => mentions.filter((m) => m.key === key)[nth]!.sentence;
    expect(sentenceOf('mogens-lykketoft', 0)).toBe(
      'On 23 October 2015, the President of the 70th session of the United Nations General Assembly, H.E. Mr. Mogens Lykketoft, appointed me as Chair of the Intergovernmental Negotiations on Security Council reform (IGN).',
    );
    expect(sentenceOf('mogens-lykketoft', 1)).toBe('I am deeply honoured by the trust that President Lykketoft has placed in me.');
    expect(sentenceOf('A/DEC/62/557', 0)).toBe(
      'As such, I envision a series of meetings to comprehensively cover the five key issues set out in General Assembly Decision 62/557 of 15 September 2008, using the above-mentioned text and its annex to spark constructive and substantive engagement towards seeking convergences in the positions and proposals of Member States.',
    );
    expect(sentenceOf('A/DEC/62/557', 1)).toBe(
      'As the series of meetings unfolds, we will of course remain mindful of the comprehensive approach outlined in General Assembly Decision 62/557, and the interlinkages between all five key issues.',
    );
    expect(sentenceOf('sylvie-lucas')).toBe('Sylvie Lucas');
    expect(sentenceOf('united-nations', 1)).toBe('To: All Permanent Representatives and Permanent Observers to the United Nations New York');
  });
});

describe('splitParagraphs numbers blocks as the page does', () => {
  it.each([
    ['one paragraph per blank-line block', 'First.\n\nSecond\ncontinued.\n\nThird.', ['First.', 'Second\ncontinued.', 'Third.']],
    ['a mention alone on its line is a paragraph', 'Yours,\n\n<PersonRef id="x">X</PersonRef>\n\nAmbassador', ['Yours,', '<PersonRef id="x">X</PersonRef>', 'Ambassador']],
    ['every list item is a paragraph', 'Intro:\n\n- one;\n- two;\n\nAfter.', ['Intro:', '- one;', '- two;', 'After.']],
    ['numbered items too', '1. one\n2) two', ['1. one', '2) two']],
    ['a hard break keeps one paragraph', 'To: All\\\nNew York', ['To: All\\\nNew York']],
    ['blank lines at the start and end count for nothing', '\n\n\nOnly.\n\n', ['Only.']],
  ])('%s', (_, body, sources) => {
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => p.source)).toEqual(sources);
    expect(paragraphs.map((p) => p.number)).toEqual(sources.map((_, i) => i + 1));
    for (const p of paragraphs) expect(body.slice(p.start, p.start + p.source.length)).toBe(p.source);
  });

  it('numbers the Lucas letter in 14 paragraphs, the 12th being the signature', () => {
    const paragraphs = splitParagraphs(lucas.body);
    expect(paragraphs).toHaveLength(14);
    expect(paragraphs[11]!.source).toBe('<PersonRef id="sylvie-lucas">Sylvie Lucas</PersonRef>');
  });
});

describe('lineAt', () => {
  it.each([[0, 1], [2, 1], [3, 2], [7, 3], [100, 3]])('puts offset %i of "ab\\ncd\\nef" on line %i', (offset, line) => {
    expect(lineAt('ab\ncd\nef', offset)).toBe(line);
  });
});
