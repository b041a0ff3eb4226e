import { citedPassage, type Passage } from '../../lib/search/passages.ts';
import { resultCard, type CardData, type ResultData } from '../../lib/search/result-cards.ts';
import type { CitingLetter } from '../../lib/search/search-data.ts';
import type { ResolvedCitation } from './citation.ts';

/** An element with its text (set as text, never parsed as HTML) and class. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = element('a', text, className);
  a.href = href;
  return a;
}

/** A passage: its paragraph's link (¶N) and the sentence, the words found marked. */
function passageLine(url: string, passage: Passage): HTMLParagraphElement {
  const line = element('p', undefined, 'excerpt');
  if (passage.paragraph !== null) {
    const [path, query = ''] = url.split('#')[0]!.split('?');
    const anchor = link(`${path}${query ? `?${query}` : ''}#p${passage.paragraph}`, `¶${passage.paragraph}`, 'para-ref');
    anchor.setAttribute('aria-label', `Paragraph ${passage.paragraph}`);
    line.append(anchor, ' ');
  }
  for (const piece of passage.pieces) line.append(piece.found ? element('mark', piece.text) : piece.text);
  return line;
}

/** A result card: the letter's title linked, its date and sender, and the sentences that matched with their paragraphs. */
export function cardItem(data: CardData): HTMLLIElement {
  const item = element('li');
  item.append(link(data.url, data.title, 'result-title'), element('span', data.meta, 'meta'), ...data.passages.map((p) => passageLine(data.url, p)));
  if (!data.passages.length && data.excerpt) {
    const excerpt = element('p', undefined, 'excerpt');
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the page's text and adds only <mark> around matches.
    item.append(excerpt);
  }
  return item;
}

/** A result of a word search, as Pagefind found it. */
export function resultItem(data: ResultData): HTMLLIElement {
  return cardItem(resultCard(data));
}

/** A letter citing a document: its card made from the citing record, the sentences citing the document marked. */
export function citingItem(letter: CitingLetter): HTMLLIElement {
  return cardItem({
    url: letter.url,
    title: letter.title,
    meta: [letter.dateText, letter.from && `From ${letter.from}`].filter(Boolean).join(' · '),
    passages: letter.passages.map((p) => citedPassage(p.paragraph, p.sentence, p.text)),
  });
}

/** The box above the results for a citation: the document and its links, or word that no letter cites it. */
export function citationBox(citation: ResolvedCitation): HTMLElement {
  const box = element('section', undefined, 'citation-box');
  box.setAttribute('aria-label', 'Document cited');
  if (citation.found) {
    const { record } = citation;
    const heading = element('h2');
    heading.append(link(record.url, `${record.kindName} ${record.label.replace(/^\w+ /, '')}`));
    box.append(heading, element('p', `${record.symbol}${record.title ? `: ${record.title}` : ''}`));
    const links = element('p');
    links.append(link(record.url, 'The document’s page in the archive'));
    if (record.officialUrl) links.append(' · ', link(record.officialUrl, `Official text (${record.officialUrl.replace(/^https:\/\//, '')})`));
    box.append(links, element('p', `${record.letters.length} ${record.letters.length === 1 ? 'letter cites' : 'letters cite'} it; they are listed below.`));
  } else {
    box.append(element('h2', citation.symbol));
    if (citation.letter) {
      const own = element('p', `The archive holds the letter issued as ${citation.symbol}: `);
      own.append(link(citation.letter.url, citation.letter.title));
      box.append(own);
    }
    box.append(element('p', `No letter in the archive cites ${citation.symbol}.`));
    if (citation.officialUrl) {
      const official = element('p', 'Its official text: ');
      official.append(link(citation.officialUrl, citation.officialUrl));
      box.append(official);
    }
  }
  return box;
}
