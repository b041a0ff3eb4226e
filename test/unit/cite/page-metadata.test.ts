import { describe, expect, it } from 'vitest';
import { letterReference } from '../../../src/lib/cite/letter-reference.ts';
import { citationMetaTags, previewMetaTags } from '../../../src/lib/cite/page-metadata.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();
const seed = (id: string) => letterReference(archive.letterById.get(id)!, archive, SEED_SITE);

describe('the citation_* tags that Zotero reads', () => {
  it('give title, author family name first, date, address and publisher of a dated letter', () => {
    expect(citationMetaTags(seed('2015-12-11-lucas-ign-meetings'))).toEqual([
      ['citation_title', expect.stringMatching(/^Letter dated 11 December 2015 from the Chair/)],
      ['citation_author', 'Lucas, Sylvie'],
      ['citation_date', '2015/12/11'],
      ['citation_publication_date', '2015/12/11'],
      ['citation_public_url', 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/'],
      ['citation_publisher', 'UN Letters Archive'],
      ['citation_language', 'en'],
    ]);
  });

  it('give no date for an undated letter and name a campaign whole', () => {
    const tags = citationMetaTags(seed('undated-1-for-7-billion-civil-society'));
    expect(tags.filter(([name]) => name.includes('date'))).toEqual([]);
    expect(tags).toContainEqual(['citation_author', '1 for 7 Billion']);
  });

  it('give the UN symbol as the report number of a letter issued as a document', () => {
    const tags = citationMetaTags({ ...seed('2015-12-11-lucas-ign-meetings'), symbol: 'A/70/664' });
    expect(tags).toContainEqual(['citation_technical_report_number', 'A/70/664']);
    expect(tags).toContainEqual(['citation_technical_report_institution', 'United Nations']);
  });
});

describe('link preview tags', () => {
  const base = { title: 'A letter', description: 'From A to B.', url: 'https://x.test/letters/a/', imageAlt: 'A letter, from A', type: 'article' as const };

  it('announce a large card with the image, its size and its description when a page has a share image', () => {
    const tags = previewMetaTags({ ...base, image: 'https://x.test/letters/a/share.png' });
    expect(tags.property).toContainEqual(['og:image', 'https://x.test/letters/a/share.png']);
    expect(tags.property).toContainEqual(['og:image:width', '1200']);
    expect(tags.property).toContainEqual(['og:type', 'article']);
    expect(tags.name).toContainEqual(['twitter:card', 'summary_large_image']);
    expect(tags.name).toContainEqual(['twitter:image:alt', 'A letter, from A']);
  });

  it('fall back to a summary card without an image', () => {
    const tags = previewMetaTags({ ...base, image: null });
    expect(tags.name).toContainEqual(['twitter:card', 'summary']);
    expect(tags.property.map(([p]) => p)).not.toContain('og:image');
  });
});
