import { ARCHIVE_NAME, type LetterReference } from './letter-reference.ts';

/** One <meta name="..." content="..."> of a page's head. */
export type MetaTag = [name: string, content: string];

/** "2015/12/11", the date form of the citation_* tags. */
function slashedDate(iso: string): string {
  return iso.replace(/-/g, '/');
}

/**
 * The Highwire citation_* tags that Zotero and Google Scholar read from a letter's page: title, each
 * author ("Lucas, Sylvie", or a body whole), date, address, and the UN symbol as report number.
 */
export function citationMetaTags(ref: LetterReference): MetaTag[] {
  const tags: MetaTag[] = [['citation_title', ref.title]];
  for (const author of ref.authors) {
    const words = author.name.split(/\s+/);
    tags.push(['citation_author', author.kind === 'person' && words.length > 1 ? `${words.at(-1)}, ${words.slice(0, -1).join(' ')}` : author.name]);
  }
  if (ref.date) tags.push(['citation_date', slashedDate(ref.date)], ['citation_publication_date', slashedDate(ref.date)]);
  tags.push(['citation_public_url', ref.url], ['citation_publisher', ARCHIVE_NAME], ['citation_language', 'en']);
  if (ref.symbol) tags.push(['citation_technical_report_number', ref.symbol], ['citation_technical_report_institution', 'United Nations']);
  return tags;
}

/** What a link preview shows of a page. */
export interface PreviewData {
  title: string;
  description: string;
  /** The page's full address. */
  url: string;
  /** The share image's full address, or null for the site's own image. */
  image: string | null;
  imageAlt: string;
  /** "article" for a letter, "website" for other pages. */
  type: 'article' | 'website';
}

/** The Open Graph (property=) and Twitter card (name=) tags of a page. */
export function previewMetaTags(preview: PreviewData): { property: MetaTag[]; name: MetaTag[] } {
  const property: MetaTag[] = [
    ['og:site_name', ARCHIVE_NAME],
    ['og:type', preview.type],
    ['og:title', preview.title],
    ['og:description', preview.description],
    ['og:url', preview.url],
    ['og:locale', 'en_GB'],
  ];
  const name: MetaTag[] = [['twitter:card', preview.image ? 'summary_large_image' : 'summary'], ['twitter:title', preview.title], ['twitter:description', preview.description]];
  if (preview.image) {
    property.push(['og:image', preview.image], ['og:image:type', 'image/png'], ['og:image:width', '1200'], ['og:image:height', '630'], ['og:image:alt', preview.imageAlt]);
    name.push(['twitter:image', preview.image], ['twitter:image:alt', preview.imageAlt]);
  }
  return { property, name };
}
