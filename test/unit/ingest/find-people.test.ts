import { describe, expect, it } from 'vitest';
import { findTitledNames, findUntitledNames } from '../../../src/lib/ingest/find-people.ts';

const titled = (text: string) => findTitledNames(text).map((c) => [c.name, c.full]);
const untitled = (text: string, familyNames: string[] = []) => findUntitledNames(text, new Set(familyNames)).map((c) => c.name);

describe('names after an honorific, a rank or a title', () => {
  it.each([
    ['to appoint Lieutenant General Babacar Gaye (Senegal) as Force Commander', [['Babacar Gaye', true]]],
    ['He will replace Major General Somaila Iliya (Nigeria)', [['Somaila Iliya', true]]],
    ['Brigadier General Tomasz Nowak and Colonel Amadou Diallo briefed', [['Tomasz Nowak', true], ['Amadou Diallo', true]]],
    ['Judge Theodor Meron, Dean Helena Marsh, Professor Kenji Watanabe', [['Theodor Meron', true], ['Helena Marsh', true], ['Kenji Watanabe', true]]],
    ['opened by Archbishop Celestino Migliore and Sheikh Abdullah bin Hamad Al-Thani', [['Celestino Migliore', true], ['Abdullah bin Hamad Al-Thani', true]]],
    ['to appoint Lieutenant General José Luiz Jaborandy Jr. (Brazil)', [['José Luiz Jaborandy Jr.', true]]],
    ['my gratitude to Major General Woldezgu for his dedication', [['Woldezgu', false]]],
    ['to Messrs. Ould-Abdallah and Cissé for their contributions', [['Ould-Abdallah', false], ['Cissé', false]]],
  ])('in "%s"', (text, names) => {
    expect(titled(text)).toEqual(names);
  });

  it('does not take an office or an organ after a title for a name', () => {
    expect(titled('the President of the General Assembly and the General Assembly Hall')).toEqual([]);
  });
});

describe('full names written without a title', () => {
  it('reads a name followed by a State in parentheses, as appointment letters list experts', () => {
    expect(untitled('the following experts: Volker Beck (Germany), Richard T. Cupitt (United States of America) and Abdoulaye Cissoko (Mali, aviation expert)')).toEqual(['Volker Beck', 'Richard T. Cupitt', 'Abdoulaye Cissoko']);
  });

  it('reads a name followed by "of" and a State after a verb of appointment', () => {
    expect(untitled('my intention to appoint Said Djinnit of Algeria as my Special Representative')).toEqual(['Said Djinnit']);
  });

  it('reads a name in apposition to a role', () => {
    expect(untitled('wrote to the Chairman of the AU Commission, Alpha Oumar Konaré, and the Executive Secretary of IGAD, Attala Bashir, on 14 December')).toEqual(['Alpha Oumar Konaré', 'Attala Bashir']);
  });

  it('reads a bare name that the letter names again by family name alone', () => {
    expect(untitled('Under-Secretary-General for Political Affairs Ibrahim Gambari wrote to them.', ['Gambari'])).toEqual(['Ibrahim Gambari']);
  });

  it('does not read a place, an organisation, a mission or a ship as a person', () => {
    expect(untitled('the United Nations Mission for the Referendum in Western Sahara (MINURSO), the Ministers of Benin, Burkina Faso, France and South Africa, the vessel MV Ocean Star (Panama), the Special Tribunal for Lebanon (the Tribunal)', ['Sahara', 'Star'])).toEqual([]);
  });
});
