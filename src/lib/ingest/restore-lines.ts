/**
 * Text flattened by PDF extraction: a whole letter, masthead to barcode, on one or a few very long
 * lines. The readers of the header and the signature work line by line, so the line breaks that
 * the letter's layout implies are put back: around the masthead, after the title, around the date
 * line, salutation and closing formula, before "(Signed)", between a signatory's name and role,
 * around page furniture and before annex headings. Only spaces become line breaks: no word is
 * added, dropped or moved. Lines of ordinary length, and long lines that are only a paragraph,
 * are left as they are.
 */

/** The text with its line breaks restored, and for each of its lines the source line it came from. */
export interface RestoredLines {
  text: string;
  /** For line i (0-based) of `text`, the 1-based line of the source it is part of. */
  sourceLine: number[];
}

/** A line this long holds more than one paragraph's worth of layout, if it holds any at all. */
const LONG_LINE = 200;

const ORGAN = String.raw`(?:United Nations|General Assembly|Security Council|Economic and Social Council)`;
const LANGUAGE = String.raw`(?:English|French|Spanish|Arabic|Chinese|Russian)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const DAY_MONTH_YEAR = String.raw`(?:\d{1,2}\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2},\s+\d{4})`;
// The first word of a letter's first sentence, which ends its title ("... addressed to the Secretary-General I have the honour").
const OPENER = String.raw`(?:I|We|It|On|With|Further|Pursuant|As|Following|In|Upon|Thank|Please|Allow|My|Recalling|Accordingly|Due|Developments|Over|At|This|Reference|Since|Today|The(?!\s+Hague\b))`;
// Words that begin a signatory's role under the name ("President of the Security Council", "Ambassador").
const ROLE_START = /^(?:To|All|His|Her|H\.E\.|President|Vice-President|Ambassador|Permanent|Secretary-General|Secretary|Chair|Chairman|Chairperson|Co-Chairs?|Minister|Director|Director-General|Special|Head|Representative|Deputy|Executive|Under-Secretary-General|Coordinator|Acting|Chargé|Prime|High|Commissioner|Chief|Counsellor|Envoy|Observer|Judge|Registrar|Prosecutor|Facilitator|Co-Facilitator|On)$/;
const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}'’-]*\.?|\p{Lu}\.|de|da|do|dos|das|van|von|der|den|del|della|di|du|la|le|bin|binti|al|el|y|e|ibn|ben|zu)$/u;
const HONORIFIC_TOKEN = /^(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.?)$/;

/** Line breaks, as regular expressions over one long line: each match becomes the text of `to`. */
const RULES: Array<[RegExp, string]> = [
  // Page furniture: job numbers with their date stamps, barcodes, the rule above a footnote, the reissue footnote.
  [/(?<!\s)\s*(?<![\w/-])(\d{2}-\d{5}\*?(?:\s*\(E\))?(?:\s+\d{6})*)(?![\w/-])\s*/g, '\n$1\n'],
  [/(?<!\s)\s*(\*\d{7,}\*)\s*/g, '\n$1\n'],
  // A page number beside a job number, and the symbol repeated at the top of the next page.
  [/(?<!\s)\s+(\d{1,3}(?:\/\d{1,3})?)\n(?=\d{2}-\d{5})/g, '\n$1\n'],
  [/(\n\d{2}-\d{5}[^\n]*)\n(\d{1,3}(?:\/\d{1,3})?)\s+/g, '$1\n$2\n'],
  [/(\n(?:\*\d{7,}\*|\d{2}-\d{5}[^\n]*|\d{1,3}(?:\/\d{1,3})?))\n([A-Z]{1,2}\/\d[\w./*–-]*)\s+/g, '$1\n$2\n'],
  // A rule of underscores stands on a line of its own only where spaces part it from the words: "___!" stays one word.
  [/(?<!\s)\s+(_{3,})\s+/g, '\n$1\n'],
  [/(?<!\s)\s+(?=\*\s*Reissued\b)/g, '\n'],
  // The masthead: symbol, organs, distribution, date of issue, languages.
  [new RegExp(String.raw`^([A-Z]{1,2}\/[\w./*–-]+)\s+(?=${ORGAN})`, 'gmu'), '$1\n'],
  [new RegExp(String.raw`(?<!\s)\s+(?=${ORGAN}\s+(?:${ORGAN}|Distr\.?:))`, 'gu'), '\n'],
  [/(?<!\s)\s+(?=Distr\.?\s*:)/g, '\n'],
  [new RegExp(String.raw`(Distr\.?\s*:\s*\p{L}+)\s+(${DAY_MONTH_YEAR})\s+`, 'gu'), '$1\n$2\n'],
  [new RegExp(String.raw`^(${LANGUAGE})\s+(?=Original\s*:)`, 'gmu'), '$1\n'],
  [new RegExp(String.raw`(Original\s*:\s*${LANGUAGE})\s+`, 'gu'), '$1\n'],
  // Annex and enclosure headings, and the page-top symbol before them.
  [/(?<!\s)\s+(?=(?:Annex|Enclosure)(?:\s+(?:[IVX]+|\d+))?\s+(?:(?:Identical\s+)?[Ll]etters?\s+dated|Note\s+verbale|to\s+the\s+(?:identical\s+)?letters?\s+dated)\b)/g, '\n'],
  [/^((?:Annex|Enclosure)(?:\s+(?:[IVX]+|\d+))?)\s+(?=(?:Identical\s+)?[Ll]etters?\s+dated|Note\s+verbale)/gm, '$1\n'],
  // A title that does not start its line.
  [/(?<=\S)\s+(?=(?:Identical\s+letters|Letter|Note\s+verbale)\s+dated\b)/g, '\n'],
  [/(?<!\s)\s*(\[Original:\s*\p{L}+\])\s*/gu, '\n$1\n'],
  // The signature.
  [/(?<!\s)\s+(?=\(Signed\s*\))/g, '\n'],
  // The place under an addressee ("... to the United Nations New York").
  [/(\bUnited\s+Nations)\s+(New\s+York|Geneva|Vienna|Nairobi)\s*$/g, '$1\n$2'],
  // The closing formula ends its line.
  [/(highest\s+consideration|Yours?\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|(?:Best|Kind)\s+regards)\s*([,.]?)\s+(?=\p{Lu})/gu, '$1$2\n'],
];

/** Ends a title ("Letter dated ... addressed to the Secretary-General") at its letter's first sentence. */
function breakAfterTitle(line: string): string {
  const title = /^(?:(?:Identical\s+letters|Letter|Note\s+verbale)\s+dated|Annex\s+to\s+the\s+(?:identical\s+)?letters?\s+dated)\b/.exec(line);
  if (!title) return line;
  const after = /\b(?:addressed\s+to|to)\s+(?:the\s+|all\s+)?\S/.exec(line.replace(/^.*?\bfrom\b/, (m) => ' '.repeat(m.length)));
  if (!after) return line;
  const opener = new RegExp(String.raw`\s+(?=${OPENER}\s)`, 'g');
  opener.lastIndex = after.index + after[0].length;
  const end = opener.exec(line);
  return end ? `${line.slice(0, end.index)}\n${line.slice(end.index + end[0].length)}` : line;
}

/** Ends a letterhead in capitals, a date line and a salutation at the start of a line, each on its own line. */
function breakHead(line: string): string {
  const head = new RegExp(String.raw`^(?:((?:[A-Z][A-Z'’.-]+\s+){2,}[A-Z][A-Z'’.-]+)\s+)?(?:((?:[\p{L} .'’-]{2,40},\s*)?(?:\p{L}+day,?\s*)?${DAY_MONTH_YEAR})\s+)?(?:((?:Your\s+)?Excellency|Dear\s+[^,.]{1,40}|Sir|Madam|Mr\.?\s+President|Madam\s+President)\s*,\s+)?`, 'u').exec(line);
  if (!head || !head[0] || !(head[2] || head[3])) return line;
  return [head[1], head[2], head[3] && `${head[3]},`, line.slice(head[0].length)].filter(Boolean).join('\n');
}

/** Puts a signatory's name ("(Signed) Kodjo Menan", or the line under a closing formula) on a line of its own, above the role. */
function breakSignature(line: string, afterClosing: boolean): string {
  const signed = /^\(Signed\s*\)\s*/.exec(line);
  if (!signed && !afterClosing) return line;
  const prefix = signed?.[0] ?? '';
  const words = line.slice(prefix.length).split(/\s+/);
  let at = 0;
  while (at < words.length && HONORIFIC_TOKEN.test(words[at]!)) at++;
  const first = at;
  while (at < words.length && at - first < 6 && NAME_TOKEN.test(words[at]!) && !ROLE_START.test(words[at]!)) at++;
  if (at - first < 2 || at >= words.length) return line;
  return `${prefix}${words.slice(0, at).join(' ')}\n${words.slice(at).join(' ')}`;
}

/** Restores the line breaks of long lines that hold a letter's layout; other lines are kept as they are. */
export function restoreLines(source: string): RestoredLines {
  const out: string[] = [];
  const sourceLine: number[] = [];
  source.split('\n').forEach((line, index) => {
    const pieces = line.length > LONG_LINE ? splitLayout(line) : [line];
    for (const piece of pieces) {
      out.push(piece);
      sourceLine.push(index + 1);
    }
  });
  return { text: out.join('\n'), sourceLine };
}

/** One long line cut where its layout has line breaks; a line that is only a paragraph comes back whole. */
function splitLayout(line: string): string[] {
  let text = line;
  for (const [pattern, to] of RULES) text = text.replace(pattern, to);
  const pieces: string[] = [];
  for (const piece of text.split('\n')) {
    for (const part of breakAfterTitle(piece).split('\n')) {
      for (const head of breakHead(part).split('\n')) {
        const afterClosing = /(?:highest\s+consideration|sincerely|faithfully|truly|regards)\s*[,.]?\s*$/i.test(pieces.at(-1) ?? '');
        pieces.push(...breakSignature(head, afterClosing).split('\n'));
      }
    }
  }
  const kept = pieces.map((p) => p.trim()).filter(Boolean);
  // A paragraph that happens to be long is not cut at all: only layout is restored.
  return kept.length > 1 ? kept : [line];
}
