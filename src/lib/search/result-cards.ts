import { matchedPassages, type MatchedPage, type Passage } from './passages.ts';

/** One result as Pagefind hands it over once loaded: its address, metadata, indexed text and where the words matched. */
export interface ResultData extends MatchedPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/**
 * What a result card shows of a letter: its title linked, its date and sender, the sentences that matched with their
 * paragraphs, and Pagefind's own excerpt (escaped HTML with <mark>) only when no sentence could be placed.
 */
export interface CardData {
  url: string;
  title: string;
  meta: string;
  passages: Passage[];
  excerpt?: string;
}

/** A result's URL without "?highlight=" when no words were searched (a citation): the letter then loads no highlighter. */
export function withoutEmptyHighlight(url: string): string {
  return url.replace(/([?&])highlight=(?=&|#|$)&?/, '$1').replace(/[?&](?=#|$)/, '');
}

/** The card of a word search's result, whether made in the browser or ahead, at build (./first-results.ts). */
export function resultCard(data: ResultData): CardData {
  const passages = matchedPassages(data);
  const card: CardData = {
    url: withoutEmptyHighlight(data.url),
    title: data.meta.title ?? data.url,
    meta: [data.meta.date, data.meta.sender && `From ${data.meta.sender}`].filter(Boolean).join(' · '),
    passages,
  };
  if (!passages.length && data.excerpt) card.excerpt = data.excerpt;
  return card;
}
