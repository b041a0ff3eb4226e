import type { ResolvedCitation } from './citation.ts';
import type { ResultData } from './pagefind.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href;
  return a;
}

/** A result: the letter's title linked, its date and sender, and an excerpt with the words found marked. */
export function resultItem(data: ResultData): HTMLLIElement {
  const item = element('li');
  const meta = element('span', [data.meta.date, data.meta.sender && `From ${data.meta.sender}`].filter(Boolean).join(' · '), 'meta');
  const excerpt = element('p', undefined, 'excerpt');
  excerpt.innerHTML = data.excerpt; // Pagefind escapes the page's text and adds only <mark> around matches.
  item.append(link(withoutEmptyHighlight(data.url), data.meta.title ?? data.url), meta, excerpt);
  return item;
}

/** A result's URL without "?highlight=" when no words were searched (a citation): the letter then loads no highlighter. */
export function withoutEmptyHighlight(url: string): string {
  return url.replace(/([?&])highlight=(?=&|#|$)&?/, '$1').replace(/[?&](?=#|$)/, '');
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
    box.append(links, element('p', `${record.letters.length} ${record.letters.length === 1 ? 'letter cites' : 'letters cite'} it; they are listed below, newest first.`));
  } else {
    box.append(element('h2', citation.symbol), element('p', `No letter in the archive cites ${citation.symbol}.`));
    if (citation.officialUrl) {
      const official = element('p', 'Its official text: ');
      official.append(link(citation.officialUrl, citation.officialUrl));
      box.append(official);
    }
  }
  return box;
}

/** Fills a facet's menu with its values and the number of letters for each, most letters first. */
export function fillFacet(select: HTMLSelectElement, counts: Record<string, number>, chosen: string): void {
  const entries = Object.entries(counts).filter(([value, count]) => count > 0 || value === chosen).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const options = [new Option('All', '')];
  for (const [value, count] of entries.slice(0, 300)) options.push(new Option(`${value} (${count})`, value));
  if (chosen && !entries.some(([value]) => value === chosen)) options.push(new Option(`${chosen} (0)`, chosen));
  select.replaceChildren(...options);
  select.value = chosen;
}
