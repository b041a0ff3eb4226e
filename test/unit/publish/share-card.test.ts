import { describe, expect, it } from 'vitest';
import { layoutShareCard, shareCardOf, wrapText, type MeasureText } from '../../../src/lib/publish/share-card.ts';
import { letterRecord } from '../../../src/lib/publish/open-data.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();
/** A monospaced stand-in for the font: every character as wide as half the size. */
const mono: MeasureText = (text, _weight, size) => [...text].length * size * 0.5;
const chars = (line: string) => line.length;

describe('the share image of a letter', () => {
  it('shows the title, the date and the signatories of the letter', () => {
    const card = shareCardOf(letterRecord(archive.letterById.get('2015-12-14-lykketoft-ign-meetings')!, archive, SEED_SITE));
    expect(card).toEqual({
      title: 'Letter dated 14 December 2015 from the President of the General Assembly to all Permanent Representatives to the United Nations',
      dateText: '14 December 2015',
      from: 'Mogens Lykketoft',
    });
  });

  it('dates an undated letter by its estimate, as the pages do', () => {
    const card = shareCardOf(letterRecord(archive.letterById.get('undated-1-for-7-billion-civil-society')!, archive, SEED_SITE));
    expect(card.dateText).toBe('Undated (c. 1 January 2017)');
  });

  it('sets the archive name, the title on lines within the card, the date and the signatories, top to bottom', () => {
    const runs = layoutShareCard({ title: 'Letter dated 14 December 2015 from the President of the General Assembly to all Permanent Representatives', dateText: '14 December 2015', from: 'Mogens Lykketoft' }, mono);
    expect(runs.map((r) => r.text)).toEqual([
      'UN Letters Archive',
      'Letter dated 14 December 2015 from the',
      'President of the General Assembly to all',
      'Permanent Representatives',
      '14 December 2015',
      'From Mogens Lykketoft',
    ]);
    expect(runs.every((r) => r.x + mono(r.text, r.weight, r.size) <= 1200 - 80)).toBe(true);
    expect(runs.map((r) => r.baseline)).toEqual([...runs.map((r) => r.baseline)].sort((a, b) => a - b));
    expect(runs[0]!.colour).toBe('accent');
  });
});

describe('wrapping text', () => {
  it.each([
    ['fits on one line', 'a short title', 20, 5, ['a short title']],
    ['breaks at spaces', 'one two three four', 9, 5, ['one two', 'three', 'four']],
    ['ends the last line with an ellipsis when text is left over', 'one two three four five six', 9, 2, ['one two', 'three…']],
    ['keeps a word longer than the line whole', 'Intergovernmental talks', 10, 5, ['Intergovernmental', 'talks']],
  ])('%s', (_, text, width, maxLines, lines) => {
    expect(wrapText(text, width, maxLines, chars)).toEqual(lines);
  });
});
