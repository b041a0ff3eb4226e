import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../../src/ingest/archive-state.ts';
import { ingestSource } from '../../../src/lib/ingest/ingest-source.ts';
import { verifyMdx } from '../../../src/lib/ingest/verify-mdx.ts';
import { contentDir } from '../../support/paths.ts';

// A UN document as PDF extraction gives it (shortened from S/2012/135): masthead, a title that runs into the first
// paragraph, a page break inside a sentence, the print shop's lines, and an annex whose record has its own place and date.
const DOCUMENT = [
  'S/2012/135', '', 'United Nations', '', 'Security Council', '', 'Distr.: General', '6 March 2012', 'Original: English', '',
  'Letter dated 6 March 2012 from the Secretary-General addressed',
  'to the President of the Security Council',
  'I have the honour to convey to you a letter dated 14 February 2012 from the',
  'Chairperson of the African Union Commission, Mr. Jean Ping (see annex),',
  'forwarding a memorandum of understanding on non-aggression and cooperation,',
  'which was signed by the Governments of the two States during the latest',
  '', '2', '', '12-25383', '', '\fS/2012/135', '',
  'round of talks on 10 February 2012 (see enclosure).',
  'I should be most grateful if you would bring the present letter and its',
  'attachments to the attention of the members of the Security Council.',
  '(Signed) BAN Ki-moon', '', '12-25383 (E) 090312', '', '*1225383*', '', '\fS/2012/135', '',
  'Annex', 'Letter dated 14 February 2012 from the Chairperson of the',
  'African Union Commission addressed to the Secretary-General',
  'I am writing to formally inform you that the two Governments have signed a',
  'memorandum of understanding on non-aggression and cooperation, and adopted the',
  'record of decisions which I attach to the present letter for your information.',
  '(Signed) Jean Ping', '',
  'Record of Decisions', 'Meeting of Joint Political Security Mechanism', 'Addis Ababa, 10 February 2012', 'Agenda Item 1',
  'The two States shall respect existing agreements relating to the composition of the',
  'Mechanism and therefore in future meetings, each delegation shall be led by a Minister.',
].join('\n');

const { letters } = ingestSource(DOCUMENT, new ArchiveState(contentDir).contextFor([], true));
const [cover, annex] = letters;

describe('a UN document, read by the ingest', () => {
  it('reads the masthead and the print shop lines into the apparatus, each line kept as printed', () => {
    expect(cover!.apparatus).toMatchObject({ distribution: 'General', issued: '2012-03-06', originalLanguage: 'English', jobNumber: '12-25383', barcode: '*1225383*' });
    expect(cover!.apparatus!.lines.map((l) => l.text)).toEqual([
      'S/2012/135', 'United Nations', 'Security Council', 'Distr.: General', '6 March 2012', 'Original: English',
      'Letter dated 6 March 2012 from the Secretary-General addressed', 'to the President of the Security Council',
      '2', '12-25383', 'S/2012/135', '12-25383 (E) 090312', '*1225383*', 'S/2012/135',
    ]);
    expect(cover!.apparatus!.lines[0]).toEqual({ line: 1, text: 'S/2012/135' });
  });

  it('starts the text at its first sentence, with neither masthead nor title, and ends it before the job number', () => {
    expect(cover!.body.startsWith('I have the honour to convey')).toBe(true);
    expect(cover!.body).not.toMatch(/Distr|Original: English|12-25383|1225383|addressed\s+to the President/);
    expect(cover!.body.trim().endsWith('(Signed) BAN Ki-moon')).toBe(true);
  });

  it('keeps a sentence that runs across a page break in one paragraph', () => {
    const paragraphs = cover!.body.split(/\n\n+/);
    expect(paragraphs.find((p) => p.includes('round of talks'))).toContain('latest\nround of talks');
    expect(paragraphs).toHaveLength(2);
  });

  it('does not mark its signatory\'s own name as a person the letter names', () => {
    expect(cover!.body).toContain('(Signed) BAN Ki-moon');
    expect(cover!.body).not.toMatch(/<PersonRef id="ban-ki-moon">/);
    expect(annex!.body).not.toMatch(/<PersonRef[^>]*>Jean Ping<\/PersonRef>\s*$/m);
  });

  it('shows every word of the letter\'s own lines in its text', () => {
    for (const letter of letters) expect(verifyMdx(letter.body, letter.sourceText).problems).toEqual([]);
  });

  it('keeps an annexed record whole: its place-and-date line opens no letter of its own', () => {
    expect(letters).toHaveLength(2);
    expect(annex!.enclosedIn).toBe(cover!.id);
    expect(annex!.body).toContain('Record of Decisions');
    expect(annex!.body).toContain('Addis Ababa, <DateRef date="2012-02-10">10 February 2012</DateRef>');
    expect(annex!.senders.map((s) => s.name)).toEqual(['Jean Ping']);
  });

  it('leaves the annex heading and the annexed letter\'s title out of its text, into its apparatus', () => {
    expect(annex!.title).toBe('Letter dated 14 February 2012 from the Chairperson of the African Union Commission addressed to the Secretary-General');
    expect(annex!.apparatus!.lines.map((l) => l.text).slice(0, 3)).toEqual(['Annex', 'Letter dated 14 February 2012 from the Chairperson of the', 'African Union Commission addressed to the Secretary-General']);
    expect(annex!.body.startsWith('I am writing')).toBe(true);
  });
});

describe('the smaller marks of a printed document', () => {
  const reply = [
    'S/2012/113*', '', 'Security Council', '', 'Distr.: General', '27 February 2012', 'Original: English', '',
    'Letter dated 27 February 2012 from the President of the Security Council', 'addressed to the Secretary-General *',
    'I have the honour to inform you that your letter has been brought to the attention of the members of the Council.',
    '(Signed) Gert Rosenthal', 'President of the Security Council', '', '270212', '', '* Reissued for technical reasons on 5 March 2012.',
  ].join('\n');
  const [letter] = ingestSource(reply, new ArchiveState(contentDir).contextFor([], true)).letters;

  it('titles the letter without the footnote mark its printed title carries, which the apparatus keeps', () => {
    expect(letter!.title).toBe('Letter dated 27 February 2012 from the President of the Security Council addressed to the Secretary-General');
    expect(letter!.apparatus!.lines.map((l) => l.text)).toContain('addressed to the Secretary-General *');
  });

  it('reads the print shop date stamp under the signature as apparatus, and keeps the footnote in the text', () => {
    expect(letter!.apparatus!.lines.map((l) => l.text)).toContain('270212');
    expect(letter!.body).not.toContain('270212');
    expect(letter!.body).toContain('Reissued for technical reasons');
  });
});
