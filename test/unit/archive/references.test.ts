import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/lib/text/mentions.ts';
import { checkFrontmatter, checkMentions, type KnownTargets } from '../../../src/lib/archive/references.ts';

const known: KnownTargets = {
  people: new Set(['mogens-lykketoft']),
  organisations: new Set(['general-assembly']),
  documents: new Set(['A/RES/69/321']),
  letters: new Set(['2015-12-14-lykketoft-ign-meetings']),
};

function mention(kind: Mention['kind'], key: string, line = 3): Mention {
  return { kind, key, text: key, line, paragraph: 1, sentence: '' };
}

describe('checkMentions', () => {
  it.each([
    ['person', 'mogens-lykketoft'],
    ['organisation', 'general-assembly'],
    ['document', 'A/RES/69/321'],
    ['date', '2015-10-23'],
    ['date', '2016-02-29'],
  ] as const)('accepts a %s mention of %s, which the archive holds', (kind, key) => {
    expect(checkMentions([mention(kind, key)], known)).toEqual([]);
  });

  it.each([
    ['person', 'nobody', '<PersonRef id="nobody">', 'unknown person id "nobody" (no content/people/nobody.yaml)'],
    ['organisation', 'nowhere', '<OrgRef id="nowhere">', 'unknown organisation id "nowhere" (no content/organisations/nowhere.yaml)'],
    ['document', 'A/RES/70/1', '<DocRef symbol="A/RES/70/1">', 'unknown document symbol "A/RES/70/1" (no entry in content/documents)'],
    ['document', 'a/res/69/321', '<DocRef symbol="a/res/69/321">', '"a/res/69/321" is not a canonical document symbol (write e.g. A/RES/69/321)'],
    ['document', 'A/RES/12/3', '<DocRef symbol="A/RES/12/3">', '"A/RES/12/3" is not a canonical document symbol (write e.g. A/RES/69/321)'],
    ['date', '2015-02-29', '<DateRef date="2015-02-29">', '"2015-02-29" is not a calendar date written YYYY-MM-DD'],
    ['date', '23 October 2015', '<DateRef date="23 October 2015">', '"23 October 2015" is not a calendar date written YYYY-MM-DD'],
  ] as const)('reports the %s mention of %j as %s: %s', (kind, key, field, message) => {
    expect(checkMentions([mention(kind, key, 7)], known)).toEqual([{ bodyLine: 7, field, message }]);
  });

  it('reports every broken mention, in order, and only those', () => {
    const problems = checkMentions([mention('person', 'a', 1), mention('person', 'mogens-lykketoft', 2), mention('person', 'b', 3)], known);
    expect(problems.map((p) => p.bodyLine)).toEqual([1, 3]);
  });
});

describe('checkFrontmatter', () => {
  it('accepts references to what the archive holds', () => {
    const refs = {
      people: [['senders[0].person', 'mogens-lykketoft']] as Array<[string, string]>,
      organisations: [['senders[0].organisation', 'general-assembly']] as Array<[string, string]>,
      letters: [['enclosedIn', '2015-12-14-lykketoft-ign-meetings']] as Array<[string, string]>,
    };
    expect(checkFrontmatter(refs, known)).toEqual([]);
  });

  it('names the field of every unknown person, organisation and letter', () => {
    const refs = {
      people: [['recipients[1].person', 'ghost']] as Array<[string, string]>,
      organisations: [['senders[0].organisation', 'nowhere']] as Array<[string, string]>,
      letters: [['encloses[0]', 'lost-letter']] as Array<[string, string]>,
    };
    expect(checkFrontmatter(refs, known)).toEqual([
      { bodyLine: null, field: 'recipients[1].person', message: 'unknown person id "ghost"' },
      { bodyLine: null, field: 'senders[0].organisation', message: 'unknown organisation id "nowhere"' },
      { bodyLine: null, field: 'encloses[0]', message: 'unknown letter id "lost-letter"' },
    ]);
  });
});
