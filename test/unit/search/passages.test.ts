import { describe, expect, it } from 'vitest';
import { citedPassage, matchedPassages, type MatchedPage, type Passage } from '../../../src/lib/search/passages.ts';

/** A page as Pagefind hands it over, its matches given as the words found (every occurrence, weight 1). */
function page(paragraphs: string[], found: string[], heading = 'Letter dated 1 May 2016'): MatchedPage {
  const words: string[] = heading.split(' ');
  const anchors: MatchedPage['anchors'] = [];
  paragraphs.forEach((text, i) => {
    anchors.push({ id: `p${i + 1}`, location: words.length });
    words.push(...text.split(' '));
  });
  const weighted_locations = words.flatMap((word, location) => (found.some((f) => word.toLowerCase().startsWith(f)) ? [{ location, weight: 1 }] : []));
  return { content: words.join(' '), anchors: [{ id: 'main', location: 0 }, ...anchors], weighted_locations };
}

/** A passage written as text with the words found in [brackets]. */
const show = (passage: Passage) => `¶${passage.paragraph} ${passage.pieces.map((p) => (p.found ? `[${p.text}]` : p.text)).join('')}`;

describe('the passages a search result shows', () => {
  it('shows the sentence that matched, with its paragraph, not the start of the letter', () => {
    const letter = page(['Excellency, I have the honour to write to you.', 'The Assembly adopted resolution 69/321 last year. It asked for more.'], ['69321', '69/321']);
    expect(matchedPassages(letter).map(show)).toEqual(['¶2 The Assembly adopted resolution [69/321] last year.']);
  });

  it('shows up to three sentences, in the order of the letter, when a letter matches in several places', () => {
    const letter = page(['Peacekeeping is one. Nothing here.', 'Budget of peacekeeping. Other words. More peacekeeping talk.', 'Last peacekeeping word.'], ['peacekeeping']);
    expect(matchedPassages(letter).map(show)).toEqual(['¶1 [Peacekeeping] is one.', '¶2 Budget of [peacekeeping.]', '¶2 More [peacekeeping] talk.']);
  });

  it('keeps the sentences with most matches when more than three match', () => {
    const letter = page(['Peace first. Peace again. Peace and security now. Peace later. Security and peace last.'], ['peace', 'security']);
    expect(matchedPassages(letter).map(show)).toEqual(['¶1 [Peace] first.', '¶1 [Peace] and [security] now.', '¶1 [Security] and [peace] last.']);
  });

  it('never runs a sentence across two paragraphs', () => {
    const letter = page(['Dear Mr Lykketoft', 'Thank you for your letter'], ['lykketoft']);
    expect(matchedPassages(letter).map(show)).toEqual(['¶1 Dear Mr [Lykketoft]']);
  });

  it('cuts a long sentence to the words around the match', () => {
    const long = `${'word '.repeat(60)}ceasefire ${'more '.repeat(60)}end.`;
    const [passage] = matchedPassages(page([long], ['ceasefire']));
    const text = show(passage!);
    expect(text).toMatch(/^¶1 … (word ){10}\[ceasefire\]( more){29} …$/);
  });

  it('names no paragraph for a match before the first one (the heading)', () => {
    expect(matchedPassages(page(['Nothing.'], ['may'])).map(show)).toEqual(['¶null Letter dated 1 [May] 2016']);
  });

  it('shows nothing when nothing matched', () => expect(matchedPassages(page(['Text.'], []))).toEqual([]));

  it('marks the words that cite the document in a citing sentence', () => {
    expect(show(citedPassage(4, 'Recalling resolution 69/321, the Assembly decided.', 'resolution 69/321'))).toBe('¶4 Recalling [resolution 69/321], the Assembly decided.');
    expect(show(citedPassage(2, 'No mention written here.', 'decision 62/557'))).toBe('¶2 No mention written here.');
  });
});
