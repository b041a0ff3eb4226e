import { describe, expect, it } from 'vitest';
import { documentJsonLd, letterJsonLd, organisationJsonLd, personJsonLd, serializeJsonLd } from '../../../src/lib/publish/json-ld.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();
const letter = (id: string) => archive.letterById.get(id)!;

describe('schema.org descriptions', () => {
  it('describe a cover letter as a Message with sender, audience, date sent and its enclosure as attachment', () => {
    const data = letterJsonLd(letter('2015-12-14-lykketoft-ign-meetings'), archive, SEED_SITE, 'https://un-letters.example.org/letters/2015-12-14-lykketoft-ign-meetings/share.png');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Message',
      url: 'https://un-letters.example.org/letters/2015-12-14-lykketoft-ign-meetings/',
      dateSent: '2015-12-14',
      sender: [{ '@type': 'Person', name: 'Mogens Lykketoft', jobTitle: 'President of the General Assembly at its seventieth session', affiliation: { '@type': 'Organization', name: 'General Assembly' } }],
      recipient: [{ '@type': 'Audience', audienceType: 'All Permanent Representatives to the United Nations' }],
      messageAttachment: [{ '@type': 'Message', url: 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/' }],
      image: 'https://un-letters.example.org/letters/2015-12-14-lykketoft-ign-meetings/share.png',
    });
  });

  it('give the documents a letter cites as Legislation, and a letter without date no dateSent', () => {
    const data = letterJsonLd(letter('undated-1-for-7-billion-civil-society'), archive, SEED_SITE, null);
    expect(data.citation).toEqual([{ '@type': 'Legislation', legislationIdentifier: 'A/RES/69/321', name: 'Revitalization of the work of the General Assembly', url: 'https://un-letters.example.org/documents/a-res-69-321/' }]);
    expect(data).not.toHaveProperty('dateSent');
    expect(data.recipient).toEqual([{ '@type': 'Person', name: 'António Guterres', url: 'https://un-letters.example.org/people/antonio-guterres/', jobTitle: 'Secretary-General' }]);
  });

  it('describe a resolution as Legislation passed by the General Assembly, the same as its official text', () => {
    expect(documentJsonLd(archive.documents.get('A/RES/69/321')!, SEED_SITE)).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: 'A/RES/69/321',
      legislationDate: '2015-09-11',
      legislationPassedBy: { name: 'General Assembly' },
      sameAs: 'https://undocs.org/A/RES/69/321',
    });
  });

  it('describe a person as a Person with honorific, other names and roles, and a Member State as a Country', () => {
    expect(personJsonLd(archive.people.get('mogens-lykketoft')!, SEED_SITE)).toMatchObject({ '@type': 'Person', name: 'Mogens Lykketoft', honorificPrefix: 'H.E. Mr.', alternateName: expect.arrayContaining(['Mr Lykketoft']) });
    expect(organisationJsonLd(archive.organisations.get('luxembourg')!, SEED_SITE)).toMatchObject({ '@type': 'Country', name: 'Luxembourg' });
  });

  it('serialise so that no text can close the script element', () => {
    expect(serializeJsonLd({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
  });
});
