import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../src/lib/text/sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['I am honoured. Be assured.', ['I am honoured.', 'Be assured.']],
    ['Is it? Yes! Fine.', ['Is it?', 'Yes!', 'Fine.']],
    ['H.E. Mr. Mogens Lykketoft appointed me. I am honoured.', ['H.E. Mr. Mogens Lykketoft appointed me.', 'I am honoured.']],
    ['See resolution 69/321 (para. 3). Then act.', ['See resolution 69/321 (para. 3).', 'Then act.']],
    ['Article 2 (No. 4) applies. Next.', ['Article 2 (No. 4) applies.', 'Next.']],
    ['Dear J. Smith, hello. Bye.', ['Dear J. Smith, hello.', 'Bye.']],
    ['He said "Go." Then he left.', ['He said "Go."', 'Then he left.']],
    ['The U.N. is here. It works.', ['The U.N. is here.', 'It works.']],
    ['The meeting starts at 10 a.m. sharp.', ['The meeting starts at 10 a.m. sharp.']],
    ['In 2015/16 the process opened. 1 for 7 Billion helped.', ['In 2015/16 the process opened.', '1 for 7 Billion helped.']],
    ['a line without a full stop', ['a line without a full stop']],
    ['   ', []],
  ])('splits %j into %j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('sentenceAt', () => {
  const text = 'On 23 October 2015, H.E. Mr. Mogens Lykketoft appointed me. I am honoured by President Lykketoft. Be assured.';

  it.each([
    [0, 'On 23 October 2015, H.E. Mr. Mogens Lykketoft appointed me.'],
    [text.indexOf('Mogens'), 'On 23 October 2015, H.E. Mr. Mogens Lykketoft appointed me.'],
    [text.indexOf('President'), 'I am honoured by President Lykketoft.'],
    [text.indexOf('Be assured'), 'Be assured.'],
    [text.length + 10, 'Be assured.'],
  ])('finds the sentence holding offset %i', (offset, sentence) => {
    expect(sentenceAt(text, offset)).toBe(sentence);
  });

  it('tells apart two sentences written the same way', () => {
    const repeated = 'Yes. Yes. No.';
    expect(sentenceAt(repeated, 5)).toBe('Yes.');
    expect(sentenceAt(repeated, 10)).toBe('No.');
  });

  it('gives the whole text when it is one sentence', () => {
    expect(sentenceAt('Sylvie Lucas', 3)).toBe('Sylvie Lucas');
  });
});
