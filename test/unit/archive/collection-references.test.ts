import { describe, expect, it } from 'vitest';
import { checkCollectionReferences, findCollectionReferences } from '../../../src/lib/archive/collection-references.ts';

const essay = [
  'An essay on the selection.', // 1
  '', // 2
  '<Quote letter="a-letter" paragraph={3} />', // 3
  '', // 4
  'Then <Letter id="b-letter"/> and', // 5
  '<Quote', // 6
  '  paragraph={1}', // 7
  "  letter='a-letter'", // 8
  '/>', // 9
  '', // 10
  '<Timeline />', // 11
].join('\n');

describe('findCollectionReferences', () => {
  it('reads every Letter, Quote and Timeline with its line, in any attribute order and over several lines', () => {
    expect(findCollectionReferences(essay)).toEqual({
      references: [
        { component: 'Quote', letter: 'a-letter', paragraph: 3, line: 3 },
        { component: 'Letter', letter: 'b-letter', paragraph: null, line: 5 },
        { component: 'Quote', letter: 'a-letter', paragraph: 1, line: 6 },
        { component: 'Timeline', letter: null, paragraph: null, line: 11 },
      ],
      problems: [],
    });
  });

  it('takes a tag shown as code for text, not for a use of the component', () => {
    const body = 'Write `<Letter id="x"/>` to show a card:\n\n```mdx\n<Quote letter="y" paragraph={2}/>\n```\n';
    expect(findCollectionReferences(body)).toEqual({ references: [], problems: [] });
  });

  it.each([
    ['<Quote letter="a-letter"/>', '<Quote> needs the attribute paragraph'],
    ['<Letter />', '<Letter> needs the attribute id'],
    ['<Letter id={someId} />', 'id must be written as a literal ("..." or a number in {}), so that the build can check it'],
    ['<Quote letter="a" paragraph={0} />', 'paragraph must be a whole number from 1, not "0"'],
    ['<Quote letter="a" paragraph="two" />', 'paragraph must be a whole number from 1, not "two"'],
    ['<Letter id="a" paragraph={2} />', '<Letter> takes no attribute "paragraph"'],
  ])('reports %s with its line: %s', (tag, message) => {
    const { references, problems } = findCollectionReferences(`Intro.\n\n${tag}\n`);
    expect(references).toEqual([]);
    expect(problems).toEqual([{ line: 3, tag, message }]);
  });
});

describe('checkCollectionReferences', () => {
  const letters = { has: (id: string) => id === 'a-letter', paragraphCount: () => 5 };

  it('accepts a letter the archive holds and a paragraph it has', () => {
    expect(checkCollectionReferences(findCollectionReferences('<Quote letter="a-letter" paragraph={5}/>').references, letters)).toEqual([]);
  });

  it('reports an unknown letter and a paragraph beyond the letter\'s last, each with its line', () => {
    const { references } = findCollectionReferences('<Letter id="no-such-letter"/>\n\n<Quote letter="a-letter" paragraph={6}/>');
    expect(checkCollectionReferences(references, letters)).toEqual([
      { line: 1, tag: '<Letter id="no-such-letter"/>', message: 'unknown letter id "no-such-letter"' },
      { line: 3, tag: '<Quote letter="a-letter" paragraph={6}/>', message: 'letter "a-letter" has 5 paragraphs, not 6' },
    ]);
  });
});
