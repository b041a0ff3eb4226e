// Documents of every kind the site tells apart: GA resolutions (both numbering styles), GA
// decisions, SC resolutions and other symbols. Symbols go through the site's own parseSymbol so
// that only canonical ones are written; a non-canonical symbol would fail the build on purpose.
import { describeSymbol, numberToRoman, parseSymbol } from '../../src/schema/symbols.ts';
import { FIRST_DAY, LAST_DAY, LAST_SESSION, dayOf, isoOf, sessionDays, yearOf } from './calendar.mjs';
import { DOCUMENT_TITLES } from './words.mjs';

// Approximate Security Council resolution numbers at the start of some years; lets a number give its year.
const SC_MILESTONES = [[1946, 1], [1960, 134], [1990, 645], [2000, 1283], [2010, 1904], [2020, 2505], [2026, 2820]];

function scYear(number) {
  for (let i = 1; i < SC_MILESTONES.length; i++) {
    const [y0, n0] = SC_MILESTONES[i - 1];
    const [y1, n1] = SC_MILESTONES[i];
    if (number < n1) return y0 + Math.floor(((number - n0) * (y1 - y0)) / (n1 - n0));
  }
  return 2026;
}

// One candidate document: its symbol and an approximate day of adoption.
function draw(random) {
  const kind = random.weighted({ resolution: 40, oldResolution: 15, decision: 15, council: 20, other: 10 });
  if (kind === 'council') {
    const number = random.int(1, 2819);
    const year = scYear(number);
    return { symbol: `S/RES/${number}(${year})`, day: clip(dayOf(`${year}-01-01`) + random.int(0, 364)) };
  }
  if (kind === 'oldResolution') {
    const session = random.int(1, 30);
    // Old-style numbers run on across sessions, about 118 a session.
    const number = (session - 1) * 118 + random.int(1, 118);
    return { symbol: `A/RES/${number}(${numberToRoman(session)})`, day: inSession(random, session) };
  }
  const session = random.int(31, LAST_SESSION);
  const day = inSession(random, session);
  if (kind === 'resolution') return { symbol: `A/RES/${session}/${random.int(1, 330)}`, day };
  if (kind === 'decision') return { symbol: `A/DEC/${session}/${random.int(301, 580)}`, day };
  const year = Math.max(1994, yearOf(day));
  const symbol = random.pick([
    `S/${year}/${random.int(1, 999)}`,
    `A/${session}/${random.int(1, 999)}`,
    `A/C.5/${session}/L.${random.int(1, 60)}`,
    `E/${year}/${random.int(1, 120)}`,
  ]);
  return { symbol, day: symbol.startsWith('S/') || symbol.startsWith('E/') ? clip(dayOf(`${year}-01-01`) + random.int(0, 364)) : day };
}

function inSession(random, session) {
  const [open, close] = sessionDays(session);
  return random.int(open, Math.max(open, close));
}

function clip(day) {
  return Math.min(LAST_DAY, Math.max(FIRST_DAY, day));
}

/** `count` distinct documents, oldest first, each with the words a letter uses to cite it. */
export function generateDocuments(random, count) {
  const bySymbol = new Map();
  for (let tries = 0; bySymbol.size < count && tries < count * 20; tries++) {
    const { symbol, day } = draw(random);
    const parsed = parseSymbol(symbol);
    if (!parsed || parsed.symbol !== symbol) throw new Error(`generator made a non-canonical symbol: ${symbol}`);
    if (bySymbol.has(symbol)) continue;
    bySymbol.set(symbol, {
      symbol,
      day,
      // A few documents await an editor: no title or date yet, not reviewed.
      title: random.chance(0.05) ? null : random.pick(DOCUMENT_TITLES),
      date: random.chance(0.03) ? null : isoOf(day),
      reviewed: !random.chance(0.03),
      label: describeSymbol(parsed),
      kind: parsed.kind,
    });
  }
  return [...bySymbol.values()].sort((a, b) => a.day - b.day || (a.symbol < b.symbol ? -1 : 1));
}

/** The words a letter uses for a document: "General Assembly resolution 69/321", "document S/2015/988". */
export function citeDocument(random, doc) {
  if (doc.kind === 'other') return `document ${doc.symbol}`;
  const organ = doc.kind === 'sc-resolution' ? 'Security Council' : 'General Assembly';
  return random.chance(0.5) ? `${organ} ${doc.label}` : doc.label;
}

/** The index of the last document adopted on or before a day (binary search over the sorted list); -1 if none. */
export function lastDocumentBefore(documents, day) {
  let lo = 0, hi = documents.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (documents[mid].day <= day) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
