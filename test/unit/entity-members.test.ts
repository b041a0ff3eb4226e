import { describe, expect, it } from 'vitest';
import { membersOf } from '../../src/lib/views/entity-views.ts';
import { loadSeedArchive } from '../support/seed-archive.ts';

describe('membersOf on the seed archive', () => {
  const archive = loadSeedArchive();
  const ids = (organisation: string) => membersOf(organisation, archive).map((p) => p.id).sort();

  it('lists everyone who held a role in the organisation', () => {
    expect(ids('general-assembly')).toEqual(['mogens-lykketoft', 'volkan-bozkir']);
    const un = ids('united-nations');
    expect(un).toEqual(expect.arrayContaining(['amina-mohammed', 'antonio-guterres', 'ban-ki-moon', 'kofi-a-annan']));
    for (const id of un) expect(archive.people.get(id)!.data.roles.some((r) => r.organisation === 'united-nations')).toBe(true);
    expect(un).not.toContain('mogens-lykketoft');
  });

  it('lists a person under each organisation of their roles', () => {
    expect(ids('luxembourg')).toEqual(['sylvie-lucas']);
    expect(ids('intergovernmental-negotiations')).toEqual(['sylvie-lucas']);
  });

  it('lists a person with two roles in one organisation once', () => {
    const another = loadSeedArchive();
    const lykketoft = another.people.get('mogens-lykketoft')!;
    lykketoft.data.roles.push({ ...lykketoft.data.roles[0]!, title: 'Vice-President of the General Assembly' });
    expect(membersOf('general-assembly', another).map((p) => p.id).sort()).toEqual(['mogens-lykketoft', 'volkan-bozkir']);
  });

  it('lists nobody for an organisation no role names', () => {
    expect(ids('avaaz')).toEqual([]);
  });
});
