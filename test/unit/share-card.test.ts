import { describe, expect, it } from 'vitest';
import { shareCardOf, shareCardTree, shorten, type CardNode } from '../../src/lib/share-card.ts';
import { letterRecord } from '../../src/lib/open-data.ts';
import { loadSeedArchive, SEED_SITE } from '../support/seed-archive.ts';

const archive = loadSeedArchive();
const textOf = (node: CardNode): string[] =>
  typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(textOf);

describe('the share image of a letter', () => {
  it('shows the archive, the title, the date and the signatories', () => {
    const card = shareCardOf(letterRecord(archive.letterById.get('2015-12-14-lykketoft-ign-meetings')!, archive, SEED_SITE));
    expect(card).toEqual({
      title: 'Letter dated 14 December 2015 from the President of the General Assembly to all Permanent Representatives to the United Nations',
      dateText: '14 December 2015',
      from: 'Mogens Lykketoft',
    });
    expect(textOf(shareCardTree(card))).toEqual(['UN Letters Archive', card.title, '14 December 2015', 'From Mogens Lykketoft']);
  });

  it('dates an undated letter by its estimate, as the pages do', () => {
    const card = shareCardOf(letterRecord(archive.letterById.get('undated-1-for-7-billion-civil-society')!, archive, SEED_SITE));
    expect(card.dateText).toBe('Undated (c. 1 January 2017)');
  });

  it.each([
    ['Short title', 40, 'Short title'],
    ['Letter dated 11 December 2015 from the Chair of the Intergovernmental Negotiations', 40, 'Letter dated 11 December 2015 from the…'],
  ])('shortens %j to at most %i characters at a word boundary', (text, max, shortened) => {
    expect(shorten(text, max)).toBe(shortened);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max);
  });
});
