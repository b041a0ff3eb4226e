import { isStateName, STATE_NAMES } from '../model/member-states.ts';
import { HONORIFIC, ROLE_WORDS } from './patterns.ts';

/**
 * Where a letter's running text names a person, by the forms UN letters use: after an honorific,
 * a military rank or a title ("Major General Babacar Gaye", "Judge Theodor Meron"); with a country
 * in parentheses ("Volker Beck (Germany)"), as appointment letters list experts; "of <country>"
 * after an appointment ("Said Djinnit of Algeria"); in apposition to a role ("the Chairperson of
 * the Commission, Jean Ping, to"); and a bare full name that the letter names again by family
 * name alone ("Ibrahim Gambari ... Mr. Gambari").
 */
export interface PersonCandidate {
  /** The name as written, without honorific or title. */
  name: string;
  start: number;
  end: number;
  /** True for a full name (two words or more), false for a family name alone ("Mr. Gambari"). */
  full: boolean;
}

const WORD = String.raw`(?:(?!(?:Jr|Sr)\.)[\p{Lu}][\p{L}'’-]*[\p{L}]|[\p{Lu}]\.)`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|van|von|der|den|del|della|di|du|la|le|bin|binti|ibn|e|y|zu)`;
const SUFFIX = String.raw`(?:\s+(?:Jr\.|Sr\.|II|III|IV))?`;
/** A run of name words, particles inside: "Miguel de Serpa Soares", "Richard T. Cupitt", "Hubert Hudson Price II". */
const NAME_RUN = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${WORD}){0,5}${SUFFIX}`;
/** Military ranks and titles of office, faith and learning that stand before a name. */
const RANK = String.raw`(?:(?:Lieutenant|Major|Brigadier|Lt\.|Maj\.|Brig\.|1st\s+Lt\.)\s+Gen(?:eral|\.)|General|Gen\.|Lieutenant\s+Colonel|Colonel|Col\.|Lieutenant|Captain|Commander|Rear\s+Admiral|Vice\s+Admiral|Admiral|Air\s+Marshal|Marshal|Dean|Archbishop|Bishop|Cardinal|Father|Imam|Rabbi|Reverend|Rev\.|Messrs\.?|Prime\s+Minister|Foreign\s+Minister|Interim\s+President|Vice-President|Emir|Chief\s+Justice|Magistrate)`;
const TITLED = new RegExp(String.raw`(?<![\p{L}-])(?:(?:${HONORIFIC}|${RANK})\s+)+(${NAME_RUN})`, 'gu');
// "Messrs. Ould-Abdallah and Cissé": the second family name after "and".
const MESSRS_AND = new RegExp(String.raw`Messrs\.?\s+${WORD}\s+and\s+(${WORD})`, 'gu');
// "Volker Beck (Germany)", "Abdoulaye Cissoko (Mali, aviation expert)": the parentheses must open with a State.
const WITH_COUNTRY = new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME_RUN})\s*\(([^(),]{2,80})[,)]`, 'gu');
// "Said Djinnit of Algeria", "Major General Cheryl Pearce of Australia": after a verb of appointment, and a State after "of".
const OF_COUNTRY = new RegExp(String.raw`(?<=\b(?:appoint|appointed|appointing|succeed|succeeds|replace|replaces|nominate|nominated|designate|designated|reappoint|reappointed)\s+)(${NAME_RUN})\s+of\s+((?:the\s+)?[\p{Lu}][^,.;()]{1,60})`, 'gu');
const APPOSITION = new RegExp(String.raw`,\s+(${NAME_RUN})(?=\s*(?:,|;|\.\s|\.$|\)|\s+(?:and|who|with|on|to|in|has|had|was|is|will|as|at)\b))`, 'gu');
/** The role words that make a name after a comma an apposition: "the President of Guinea, Alpha Condé,". */
const APPOSED_ROLE = /\b(?:President|Minister|Representative|Envoy|Chairman|Chairperson|Chair|Secretary|Commissioner|Director|Director-General|Coordinator|Head|Commander|Ambassador|Adviser|Advisor|Prosecutor|Registrar|Judge|Governor|Mediator|Facilitator|Emir|King|Leader|Chief|Minister|Premier|Speaker)\b/;
// "the role of Eleanor Roosevelt, who chaired", "chaired by Festus Mogae": a relative "who", or the agent of chairing or leading.
const WHO = new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME_RUN}),?\s+who\b`, 'gu');
const LED_BY = new RegExp(String.raw`(?<=\b(?:chaired|co-chaired|led|headed|presided\s+over|moderated|facilitated|signed|delivered|presented)\s+by\s+)(${NAME_RUN})`, 'gu');
const BARE = new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME_RUN})`, 'gu');
/** Words that begin a sentence or a phrase, never a name, and the first words of places of two words. */
const NOT_A_NAME = /^(?:Professor|Prof|Sir|Dame|Judge|Justice|Senator|Sheikh|Sheikha|King|Queen|Prince|Princess|Major|Lieutenant|Brigadier|Colonel|Captain|Admiral|Dean|Archbishop|Bishop|Cardinal|Father|Imam|Rabbi|Reverend|Messrs|Mme|Madam|Madame|The|A|An|In|On|At|As|By|For|With|His|Her|Its|My|Our|Their|This|That|These|Those|Following|Accordingly|Further|Furthermore|However|Pursuant|Since|Upon|Under|Over|After|Before|During|Both|All|Each|Every|Any|If|When|While|Although|I|We|It|He|She|They|Dear|Excellency|Yours|Please|Thank|Mr|Mrs|Ms|Dr|South|North|East|West|Western|Eastern|Northern|Southern|Central|New|Sierra|Burkina|Costa|Saudi|El|Sri|San|Puerto|Cabo|Cape|Papua|Solomon|Marshall|Dominican|Czech|Equatorial|United|Russian|Syrian|Libyan|Lao|Viet|Bosnia|Trinidad|Antigua|Saint|Holy|Côte|Addis|Tel|Los|Las|Hong|Kuala|Buenos|Rio|Sao|São|Port|Abu|Dar|Ad|Hoc|Lake|Mount|Gulf|Red|Black|Mediterranean|Atlantic|Pacific|Indian|Arctic|Horn|Great|Middle|Far|Near|Latin|European|African|Asian|Arab|Islamic|Democratic|Republic|Kingdom|Federal|People|Peoples|General|Special|Secretary|Security|Council|Assembly|Prime|Interim|Vice|Deputy|Executive|Chief|Under|Assistant|Acting|High|Joint|Force|Forces|Operation|Mission|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Article|Articles|Annex|Chapter|Part|Section|Resolution|Resolutions|Decision|Statute|Charter|Protocol|Agreement|Treaty|Convention|Declaration|Report|Plan|Panel|Group|Committee|Board|Task|Fund|Account|Agency|Programme|Office|Tribunal|Court|Mechanism|Commission|Union|Bank|Parliament|Government|Ministry|Department|State|States|Province|Region|District|City|University|School|Centre|Center|Institute|Foundation|Organization|Organisation|Network|Alliance|Coalition|Partnership|Initiative|Day|Week|Year|Library|Hall|Building|Street|Avenue|Road|Square|Palace|House|Airport|Port|Camp|Sector|Zone|Area|Line|Border|Island|Islands|River|Sea|Ocean|Valley|Desert|Coast|Peace|Safeguards|Nuclear|Weapons|Non-Proliferation|Human|Rights|Humanitarian|Political|Affairs|Economic|Social|Sustainable|Development|Gender|Women|Children|Youth|Strategy|Framework|Process|Talks|Conference|Summit|Meeting|Session|Working|Steering|Standing|Advisory|Independent|National|International|Regional|Global|Permanent|Provisional|Transitional|Interim|Multidimensional|Integrated|Stabilization|Support|Assistance|Verification|Monitoring|Observer|Observers|Representative|Representatives|Delegation|Embassy|Minister|Ministers|President|Presidency|Chair|Chairman|Chairperson|Co-Chairs|Envoy|Commander|Ambassador|Judge|Judges|Prosecutor|Registrar|Coordinator|Director|Head|Heads|Members|Member|Parties|Party|Governments|Council’s|Nations|Iraq’s|Lebanon’s|Sudan’s)$/u;
/** Words of a name that make it a thing, not a person ("Nelson Mandela Rules", "Dag Hammarskjöld Library"). */
const THING_WORD = /\b(?:Rules|Day|Prize|Award|Library|Lecture|Fellowship|Programme|Fund|Centre|Center|Institute|Foundation|Street|Avenue|Square|Airport|Bridge|Hall|Road|Declaration|Doctrine|Act|Plan|Initiative|Strategy|Agreement|Accord|Accords|Treaty|Convention|Protocol|Charter|Memorandum|Mechanism|Bureau|Agency|Conference|Summit|Process)$/u;

/** True when a text begins with the name of a State, as a whole word: "Algeria as my new Special Representative". */
function startsWithState(text: string): boolean {
  const rest = text.replace(/^the\s+/, '');
  return STATE_NAMES.some((state) => rest.startsWith(state) && !/[\p{L}]/u.test(rest[state.length] ?? ''));
}

/** The longest tail of a run of capitalised words that can be a name: "Political Affairs Ibrahim Gambari" -> "Ibrahim Gambari". */
function nameTail(run: string): string | null {
  const words = run.split(/\s+/);
  let first = words.length;
  while (first > 0 && !NOT_A_NAME.test(words[first - 1]!) && !ROLE_WORDS.test(words[first - 1]!)) first--;
  // A particle does not begin a name.
  while (first < words.length && /^\p{Ll}/u.test(words[first]!)) first++;
  const tail = words.slice(first);
  if (tail.length < 2 || THING_WORD.test(tail.join(' ')) || tail.every((w) => /^\p{Lu}\.$/u.test(w) || /^(?:II|III|IV|Jr\.|Sr\.)$/.test(w))) return null;
  if (/^\p{Lu}\.$/u.test(tail.at(-1)!) ) return null;
  return tail.join(' ');
}

/** A candidate for the name that ends a match, placed in the text. */
function candidate(text: string, match: RegExpMatchArray, group: string, full: boolean): PersonCandidate {
  const groupStart = match.index! + match[0].indexOf(group);
  const tail = full ? (nameTail(group) ?? group) : group;
  const start = groupStart + group.length - tail.length;
  return { name: tail, start, end: start + tail.length, full };
}

/** Names after an honorific, rank or title: full names, and family names alone ("Mr. Gambari", "Major General Woldezgu"). */
export function findTitledNames(text: string): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  for (const m of text.matchAll(TITLED)) {
    const name = m[1]!;
    if (ROLE_WORDS.test(name) || THING_WORD.test(name)) continue;
    const start = m.index! + m[0].length - name.length;
    found.push({ name, start, end: start + name.length, full: name.split(/\s+/).length >= 2 });
  }
  for (const m of text.matchAll(MESSRS_AND)) {
    const start = m.index! + m[0].length - m[1]!.length;
    found.push({ name: m[1]!, start, end: start + m[1]!.length, full: false });
  }
  return found;
}

/**
 * Full names written without an honorific: with a country ("Volker Beck (Germany)"), "of <country>"
 * after an appointment, in apposition to a role, or bare when the letter also names the person by
 * family name alone (`familyNames`, from the titled mentions).
 */
export function findUntitledNames(text: string, familyNames: ReadonlySet<string>): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  const keep = (m: RegExpMatchArray) => {
    const c = candidate(text, m, m[1]!, true);
    if (c.name.split(/\s+/).length >= 2 && nameTail(c.name) === c.name) found.push(c);
  };
  // Each form is looked for only where its marker word stands: most letters have few of them.
  if (text.includes('(')) for (const m of text.matchAll(WITH_COUNTRY)) if (isStateName(m[2]!)) keep(m);
  if (/\b(?:appoint|succeed|replace|nominate|designate|reappoint)/.test(text)) for (const m of text.matchAll(OF_COUNTRY)) if (startsWithState(m[2]!)) keep(m);
  if (text.includes(' who')) for (const m of text.matchAll(WHO)) keep(m);
  if (text.includes(' by ')) for (const m of text.matchAll(LED_BY)) keep(m);
  for (const m of text.matchAll(APPOSITION)) {
    const clause = text.slice(Math.max(0, m.index! - 120), m.index!).split(/[,;.(]/).at(-1) ?? '';
    if (APPOSED_ROLE.test(clause)) keep(m);
  }
  if (familyNames.size) {
    for (const m of text.matchAll(BARE)) {
      const tail = nameTail(m[1]!);
      if (tail && familyNames.has(tail.split(/\s+/).filter((w) => !/^(?:II|III|IV|Jr\.|Sr\.)$/.test(w)).at(-1)!)) keep(m);
    }
  }
  return found;
}
