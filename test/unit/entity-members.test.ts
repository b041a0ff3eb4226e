import { describe, expect, it } from 'vitest';
import { membersOf } from '../../src/lib/views/entity-views.ts';
import { loadContentArchive } from '../support/content-archive.ts';
import { slugify } from '../../src/lib/model/slugs.ts';
import type { Office } from '../../src/lib/model/offices.ts';

describe('membersOf on the seed archive', () => {
  const archive = loadContentArchive();
  const ids = (organisation: string) => membersOf(organisation, archive).map((p) => p.id).sort();
  // The register's holders of an office, by the slug of the name as the register writes it.
  const holders = (...offices: Office[]) => new Set(archive.register.offices.terms.filter((t) => offices.includes(t.office)).map((t) => slugify(t.holder)));

  it('lists everyone who held a role in the organisation: the editors\' people and the register\'s holders', () => {
    expect(ids('general-assembly')).toEqual(expect.arrayContaining(['mogens-lykketoft', 'volkan-bozkir', 'paul-henri-spaak', 'annalena-baerbock']));
    // Amina Mohammed's file names the register's "Amina J. Mohammed" among her aliases: one person, not two.
    const un = ids('united-nations');
    expect(un).toEqual(expect.arrayContaining(['amina-mohammed', 'antonio-guterres', 'trygve-lie', 'ban-ki-moon', 'louise-frechette', 'kofi-a-annan']));
    expect(un).not.toContain('amina-j-mohammed');
    expect(un).not.toContain('mogens-lykketoft');
    for (const id of un) expect(archive.people.get(id)!.data.roles.some((r) => r.organisation === 'united-nations')).toBe(true);
    for (const holder of holders('secretary-general', 'deputy-secretary-general')) expect(un.includes(holder) || un.some((id) => archive.people.get(id)!.data.aliases.some((a) => slugify(a) === holder))).toBe(true);
  });

  it('lists a person under each organisation of their roles', () => {
    // Sylvie Lucas by her role as Permanent Representative (and her presidency of the Council, March 2014), Gaston
    // Thorn as the register's President of the 30th session from Luxembourg.
    expect(ids('luxembourg')).toEqual(['gaston-thorn', 'sylvie-lucas']);
    expect(ids('intergovernmental-negotiations')).toEqual(['sylvie-lucas']);
  });

  it('lists a person with two roles in one organisation once', () => {
    const another = loadContentArchive();
    const lykketoft = another.people.get('mogens-lykketoft')!;
    lykketoft.data.roles.push({ ...lykketoft.data.roles[0]!, title: 'Vice-President of the General Assembly' });
    expect(membersOf('general-assembly', another).filter((p) => p.id === 'mogens-lykketoft')).toHaveLength(1);
  });

  it('lists nobody for an organisation no role names', () => {
    expect(ids('avaaz')).toEqual([]);
  });
});
