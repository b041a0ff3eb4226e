import { describe, expect, it } from 'vitest';
import { collectProblems, formatProblems, type LocatedProblem } from '../../src/data/problems.ts';
import { makeDocument, makeLetter, makeOrganisation, makePerson } from '../fixtures/archive.ts';

// A letter file as on disk: 20 lines of frontmatter (--- on lines 1 and 20), a blank line, then the
// text from line 22; the unknown person stands on line 23. The MDX loader hands the body over trimmed.
const frontmatterLines = ['---', ...Array.from({ length: 18 }, (_, i) => `field${i}: value`), '---'];
const fileBody = ['', 'Excellency,', '<PersonRef id="nobody">Nobody</PersonRef> wrote to <PersonRef id="mogens-lykketoft">me</PersonRef>.', ''].join('\n');
const body = fileBody.trim();
const files: Record<string, string> = { 'content/letters/x.mdx': [...frontmatterLines, fileBody].join('\n') };
const readText = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`ENOENT: ${path}`);
  return text;
};

const people = [makePerson('mogens-lykketoft', 'Mogens Lykketoft')];
const organisations = [makeOrganisation('general-assembly', 'General Assembly')];
const documents = [makeDocument('a-res-69-321', 'A/RES/69/321')];

describe('collectProblems', () => {
  it('places an unknown person in a mention on its line of the file', () => {
    const problems = collectProblems({ letters: [makeLetter('x', {}, body)], people, organisations, documents }, readText);
    expect(problems).toEqual([
      { file: 'content/letters/x.mdx', line: 23, field: '<PersonRef id="nobody">', message: 'unknown person id "nobody" (no content/people/nobody.yaml)' },
    ]);
  });

  it('reports frontmatter references by field, without a line', () => {
    const letter = makeLetter('x', {
      senders: [{ person: 'ghost', organisation: 'general-assembly' }],
      recipients: [{ organisation: 'nowhere' }],
      encloses: ['missing-letter'],
      refersTo: [{ letter: 'other-missing', description: 'a letter' }],
    });
    expect(collectProblems({ letters: [letter], people, organisations, documents }, readText)).toEqual([
      { file: 'content/letters/x.mdx', line: null, field: 'senders[0].person', message: 'unknown person id "ghost"' },
      { file: 'content/letters/x.mdx', line: null, field: 'recipients[0].organisation', message: 'unknown organisation id "nowhere"' },
      { file: 'content/letters/x.mdx', line: null, field: 'encloses[0]', message: 'unknown letter id "missing-letter"' },
      { file: 'content/letters/x.mdx', line: null, field: 'refersTo[0].letter', message: 'unknown letter id "other-missing"' },
    ]);
  });

  it('reports an enclosure that does not name its cover letter back', () => {
    const cover = makeLetter('cover', { encloses: ['enclosure'] });
    const enclosure = makeLetter('enclosure', {});
    expect(collectProblems({ letters: [cover, enclosure], people, organisations, documents }, readText)).toEqual([
      { file: 'content/letters/cover.mdx', line: null, field: 'encloses', message: 'letter "enclosure" does not name "cover" as its enclosedIn' },
    ]);
  });

  it('reports a document filed under a name that is not the slug of its symbol', () => {
    const misfiled = [makeDocument('resolution-69-321', 'A/RES/69/321')];
    expect(collectProblems({ letters: [], people, organisations, documents: misfiled }, readText)).toEqual([
      { file: 'documents/resolution-69-321.yaml', line: null, field: 'symbol', message: 'the file of A/RES/69/321 must be named a-res-69-321.yaml' },
    ]);
  });

  it('falls back to the body line when the file cannot be read', () => {
    const letter = { ...makeLetter('y', {}, body), filePath: 'content/letters/gone.mdx' };
    expect(collectProblems({ letters: [letter], people, organisations, documents }, readText).map((p) => p.line)).toEqual([2]);
  });

  it('finds nothing wrong in a letter whose references all resolve', () => {
    const fine = makeLetter('x', { senders: [{ person: 'mogens-lykketoft' }] }, 'See <DocRef symbol="A/RES/69/321">69/321</DocRef>.');
    expect(collectProblems({ letters: [fine], people, organisations, documents }, readText)).toEqual([]);
  });
});

describe('formatProblems', () => {
  it('writes the build error for an unknown person as file:line, tag and id', () => {
    const problems = collectProblems({ letters: [makeLetter('x', {}, body)], people, organisations, documents }, readText);
    expect(formatProblems(problems)).toBe(
      'The archive has 1 broken reference:\n' +
        'content/letters/x.mdx:23 <PersonRef id="nobody">: unknown person id "nobody" (no content/people/nobody.yaml)',
    );
  });

  it('writes one line per problem and counts them, leaving out the line when there is none', () => {
    const problems: LocatedProblem[] = [
      { file: 'content/letters/a.mdx', line: 30, field: '<OrgRef id="x">', message: 'unknown organisation id "x" (no content/organisations/x.yaml)' },
      { file: 'content/letters/a.mdx', line: null, field: 'senders[0].person', message: 'unknown person id "ghost"' },
    ];
    expect(formatProblems(problems)).toBe(
      'The archive has 2 broken references:\n' +
        'content/letters/a.mdx:30 <OrgRef id="x">: unknown organisation id "x" (no content/organisations/x.yaml)\n' +
        'content/letters/a.mdx senders[0].person: unknown person id "ghost"',
    );
  });
});
