import type { Archive, DocumentView } from '../archive/archive.ts';
import { documentUrl } from './entity-views.ts';

/** The letters citing a document in one year. */
export interface YearCount {
  year: number;
  letters: number;
}

/** A bar of the citation timeline, in the SVG's units (the chart is `width` by `height`). */
export interface TimelineBar extends YearCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The citation timeline: one bar a year from the first citing letter's year to the last, and its scale. */
export interface CitationTimeline {
  years: YearCount[];
  bars: TimelineBar[];
  /** The most letters in one year: the top of the scale. */
  peak: number;
  width: number;
  height: number;
}

/** How many letters cite the document each year, every year from the first to the last, years without any at 0. */
export function citationsByYear(doc: DocumentView, archive: Archive): YearCount[] {
  const perYear = new Map<number, Set<string>>();
  for (const { letter } of doc.citations) {
    const view = archive.letterById.get(letter);
    if (!view) continue;
    const year = Number(view.sortDate.slice(0, 4));
    (perYear.get(year) ?? perYear.set(year, new Set()).get(year)!).add(letter);
  }
  if (!perYear.size) return [];
  const first = Math.min(...perYear.keys());
  const last = Math.max(...perYear.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, letters: perYear.get(first + i)?.size ?? 0 }));
}

/** Lays the yearly counts out as bars of a chart at most `width` by `height` (the bottom 16 units hold the years, the top 14 the counts). */
export function citationTimeline(years: readonly YearCount[], width = 640, height = 160): CitationTimeline {
  const peak = Math.max(1, ...years.map((y) => y.letters));
  const plot = height - 16;
  // A bar is at most 48 units wide, so that a document cited in one year shows one bar, not a block.
  const slot = Math.min(48, years.length ? width / years.length : width);
  const round = (n: number) => Math.round(n * 10) / 10;
  const bars = years.map((y, i) => {
    const barHeight = round((y.letters / peak) * (plot - 14));
    return { ...y, x: round(i * slot + slot * 0.15), y: round(plot - barHeight), width: round(slot * 0.7), height: barHeight };
  });
  // The chart is as wide as its bars, at least wide enough for a year's label.
  return { years: [...years], bars, peak, width: Math.max(120, Math.ceil(slot * years.length)), height };
}

/** A document cited in the same letters as another, with how many letters cite both. */
export interface CitedAlongside {
  symbol: string;
  label: string;
  url: string;
  letters: number;
}

/** The documents most often cited in the letters that cite this one: most shared letters first, then by symbol. */
export function documentsCitedAlongside(doc: DocumentView, archive: Archive, limit = 10): CitedAlongside[] {
  const shared = new Map<string, number>();
  for (const letterId of new Set(doc.citations.map((c) => c.letter))) {
    for (const symbol of archive.letterById.get(letterId)?.documents ?? []) {
      if (symbol !== doc.data.symbol) shared.set(symbol, (shared.get(symbol) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .slice(0, limit)
    .map(([symbol, letters]) => ({ symbol, label: archive.documents.get(symbol)?.label ?? symbol, url: documentUrl(symbol), letters }));
}
