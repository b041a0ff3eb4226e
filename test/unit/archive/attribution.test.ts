import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { entitiesWithRegister } from '../../../src/lib/archive/register-entities.ts';
import { attributeRole } from '../../../src/lib/archive/attribution.ts';
import { describeAttribution } from '../../../src/lib/views/register-views.ts';
import { loadRegister } from '../../../src/data/register-loader.ts';
import { makeLetter, makeOrganisation, makePerson } from '../../fixtures/archive.ts';
import { contentDir } from '../../support/paths.ts';

const register = loadRegister(contentDir);
const isPerson = () => true;

/** An archive of these letters, with the register's people, and Nebenzia and Guterres by hand. */
function archiveOf(...letters: ReturnType<typeof makeLetter>[]) {
  const entities = entitiesWithRegister(register, {
    people: [makePerson('vassily-nebenzia', 'Vassily Nebenzia'), makePerson('antonio-guterres', 'António Guterres')],
    organisations: [makeOrganisation('security-council', 'Security Council'), makeOrganisation('united-nations', 'United Nations')],
  });
  return buildArchive({ letters, ...entities, documents: [], register });
}

describe('attributeRole', () => {
  it.each([
    ['The President of the Security Council', '2022-02-14', 'vassily-nebenzia'],
    ['the Secretary-General', '2022-02-21', 'antonio-guterres'],
    ['President of the General Assembly', '2015-12-14', 'mogens-lykketoft'],
    ['Deputy Secretary-General', '2010-05-01', 'asha-rose-migiro'],
  ])('gives %j on %s to %s', (role, date, person) => {
    expect(attributeRole(role, date, register.offices, isPerson)?.person).toBe(person);
  });

  it('takes the session a role names over the date: the President of the 69th session, in a letter of December 2015', () => {
    expect(attributeRole('President of the General Assembly at its sixty-ninth session', '2015-12-14', register.offices, isPerson)).toMatchObject({ person: 'sam-kutesa', session: 69 });
  });

  it('attributes nothing without a date, an office, or a holder on record', () => {
    expect(attributeRole('the Secretary-General', null, register.offices, isPerson)).toBeNull();
    expect(attributeRole('Special Representative of the Secretary-General', '2015-12-14', register.offices, isPerson)).toBeNull();
    expect(attributeRole('President of the Security Council', '1990-05-01', register.offices, isPerson)).toBeNull();
  });

  it('says how it was inferred, and when the row is unverified', () => {
    expect(describeAttribution(attributeRole('President of the General Assembly', '2015-12-14', register.offices, isPerson)!)).toBe('inferred: President of the General Assembly on 14 December 2015, per the register');
    expect(describeAttribution(attributeRole('President of the Security Council', '2022-02-14', register.offices, isPerson)!)).toBe('inferred: President of the Security Council on 14 February 2022, per the register, a row marked unverified');
  });
});

describe('letters attributed by office in the archive', () => {
  const toPresident = makeLetter('to-the-president', { date: '2022-02-14', senders: [{ person: 'antonio-guterres' }], recipients: [{ group: 'President of the Security Council' }] });
  const signedByRole = makeLetter('signed-by-role', { date: '2015-12-14', senders: [{ role: 'The President of the General Assembly' }], recipients: [{ role: 'Secretary-General' }] });
  const undated = makeLetter('undated', { date: null, dateEstimate: '2017-01-01', senders: [{ role: 'President of the General Assembly' }] });
  const archive = archiveOf(toPresident, signedByRole, undated);

  it('counts a letter addressed to "President of the Security Council" among the letters Vassily Nebenzia received', () => {
    expect(archive.letterById.get('to-the-president')?.attributions.recipients).toEqual([expect.objectContaining({ person: 'vassily-nebenzia', office: 'president-of-the-security-council', date: '2022-02-14' })]);
    expect(archive.people.get('vassily-nebenzia')?.received).toEqual(['to-the-president']);
  });

  it('gives a letter signed only "The President of the General Assembly" a sender, and its addressee', () => {
    expect(archive.people.get('mogens-lykketoft')?.sent).toEqual(['signed-by-role']);
    expect(archive.people.get('ban-ki-moon')?.received).toEqual(['signed-by-role']);
  });

  it('leaves a named person as named and an undated letter unattributed', () => {
    expect(archive.letterById.get('to-the-president')?.attributions.senders).toEqual([null]);
    expect(archive.letterById.get('undated')?.attributions.senders).toEqual([null]);
  });
});
