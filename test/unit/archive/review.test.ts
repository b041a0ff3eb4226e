import { describe, expect, it } from 'vitest';
import { duplicateKey, likelyDuplicates, reviewQueue, reviewReport } from '../../../src/lib/archive/review.ts';

const person = (id: string, name: string, familyName: string | null = null) => ({ id, name, familyName });

describe('the review queue', () => {
  it('finds one person under two OCR spellings, accents and capitals apart', () => {
    expect(duplicateKey(person('a', 'Pedro Commisário Afonso'))).toBe(duplicateKey(person('b', 'Pedro Comissário Afonso')));
    expect(duplicateKey(person('a', 'BAN Ki-moon', 'Ban'))).toBe(duplicateKey(person('b', 'Ban Ki-moon', 'Ban')));
    expect(likelyDuplicates([person('jose', 'José Luiz Jaborandy Jr.'), person('jose-2', 'Jose Luiz Jaborandy Jr.'), person('other', 'Jean Ping')])).toEqual([
      [person('jose', 'José Luiz Jaborandy Jr.'), person('jose-2', 'Jose Luiz Jaborandy Jr.')],
    ]);
  });

  it('does not take two people of one family name but other initials for one', () => {
    expect(likelyDuplicates([person('a', 'Mark Lyall Grant'), person('b', 'John Grant')])).toEqual([]);
  });

  it('lists unreviewed records, letters without a date or sender, and the warnings, in a stable order', () => {
    const queue = reviewQueue({
      records: [
        { collection: 'people', id: 'z', name: 'Z', reviewed: false },
        { collection: 'documents', id: 's-2012-135', name: 'S/2012/135', reviewed: false },
        { collection: 'people', id: 'a', name: 'A', reviewed: true },
      ],
      people: [],
      letters: [{ id: 'undated-x', title: 'Undated letter', date: null, senders: 1 }, { id: '2012-x', title: 'Letter', date: '2012-01-01', senders: 0 }],
      warnings: [{ file: 'sources/b.txt', line: 9, kind: 'no-date', message: 'no date found' }, { file: 'sources/a.txt', line: 3, kind: 'unknown-sender', message: 'no signature' }],
    });
    expect(queue.unreviewed.map((r) => r.id)).toEqual(['s-2012-135', 'z']);
    expect(queue.undated.map((l) => l.id)).toEqual(['undated-x']);
    expect(queue.withoutSender.map((l) => l.id)).toEqual(['2012-x']);
    expect(queue.warnings.map((w) => w.file)).toEqual(['sources/a.txt', 'sources/b.txt']);
    expect(reviewReport(queue)).toContain('  sources/a.txt:3: unknown-sender: no signature');
    expect(reviewReport(queue)[0]).toBe('2 records not reviewed');
  });
});
