import { describe, expect, it } from 'vitest';
import { membersOf } from '../../src/lib/views/entity-views.ts';
import { loadSeedArchive } from '../support/seed-archive.ts';
import { slugify } from '../../src/lib/model/slugs.ts';
import type { Office } from '../../src/lib/model/offices.ts';

describe('membersOf on the seed archive', () => {
  const archive = loadSeedArchive();
  const ids = (organisation: string) => membersOf(organisation, archive).map((p) => p.id).sort();
  // The register's holders of an office, by the slug of the name as the register writes it.
  const holders = (...offices: Office[]) => new Set(archive.register.offices.terms.filter((t) => offices.includes(t.office)).map((t) => slugify(t.holder)));

  it('lists everyone who held a role in the organisation: the editors\' people and the register\'s holders', () => {
    expect(ids('general-assembly')).toEqual(expect.arrayContaining(['mogens-lykketoft', 'volkan-bozkir', 'paul-henri-spaak', 'annalena-baerbock']));
    expect(ids('general-assembly')).toHaveLength(holders('president-of-the-general-assembly').size);
    // Amina Mohammed's file names the register's "Amina J. Mohammed" among her aliases: one person, not two.
    expect(ids('united-nations')).toEqual(expect.arrayContaining(['amina-mohammed', 'antonio-guterres', 'trygve-lie', 'ban-ki-moon', 'louise-frechette']));
    expect(ids('united-nations')).not.toContain('amina-j-mohammed');
    expect(ids('united-nations')).toHaveLength(holders('secretary-general', 'deputy-secretary-general').size);
  });

  it('lists a person under each organisation of their roles', () => {
    // Sylvie Lucas by her role as Permanent Representative (and her presidency of the Council, March 2014), Gaston
    // Thorn as the register's President of the 30th session from Luxembourg.
    expect(ids('luxembourg')).toEqual(['gaston-thorn', 'sylvie-lucas']);
    expect(ids('intergovernmental-negotiations')).toEqual(['sylvie-lucas']);
  });

  it('lists a person with two roles in one organisation once', () => {
    const another = loadSeedArchive();
    const lykketoft = another.people.get('mogens-lykketoft')!;
    lykketoft.data.roles.push({ ...lykketoft.data.roles[0]!, title: 'Vice-President of the General Assembly' });
    expect(membersOf('general-assembly', another).filter((p) => p.id === 'mogens-lykketoft')).toHaveLength(1);
  });

  it('lists nobody for an organisation no role names', () => {
    expect(ids('avaaz')).toEqual([]);
  });
});
