// The body of one letter: date line, salutation, text (sometimes with a list), closing, signature,
// role and address block, cut to a target number of paragraphs between 3 and 40 as the page counts
// them (each list item is a paragraph of its own).
import { createWriter, dateRef, personRef } from './body.mjs';
import { formatDay, isoOf } from './calendar.mjs';

const SALUTATIONS = ['Excellency,', 'Sir,', 'Madam,', 'Dear Colleagues,', 'Dear Secretary-General,'];
const CLOSINGS = [
  'Please accept, Excellency, the assurances of my highest consideration.',
  'I should be grateful if you would have the present letter circulated as a document of the General Assembly.',
  'Yours sincerely,',
];

/** How many paragraphs a letter has: mostly 5 to 15, a long tail up to 40, never fewer than 3. */
export function paragraphTarget(random) {
  return 3 + Math.floor(37 * random.next() ** 2.5);
}

/** The MDX body of a letter: { day (null when undated), sortDay, place, kind, senders, recipients, encloses }. */
export function composeBody(random, cast, letter) {
  const target = paragraphTarget(random);
  const write = createWriter(random, cast, letter.sortDay);
  const { senders, recipients } = letter;
  const nv = letter.kind === 'note-verbale';
  // A note verbale signs off with a closing formula in the third person instead of a signature.
  const signature = nv ? [`The ${senders.senders[0].name} avails itself of this opportunity to renew to ${recipients.describe} the assurances of its highest consideration.`] : senders.signature;
  // Framing blocks are added only while at least one paragraph of text still fits the target.
  let budget = target - signature.length - 1;
  const fits = (p) => {
    if (budget < 1 || !random.chance(p)) return false;
    budget--;
    return true;
  };
  const head = [];
  if (letter.day !== null && fits(0.8)) head.push(`${letter.place && random.chance(0.5) ? `${letter.place}, ` : ''}${dateRef(random, letter.day)}`);
  if (!nv && fits(0.85)) head.push(recipients.addressee ? `Dear ${personRef(random, recipients.addressee)},` : random.pick(SALUTATIONS));
  const closing = !nv && fits(0.8) ? [random.pick(CLOSINGS)] : [];
  const address = recipients.group && fits(0.3) ? [`To: ${recipients.group.replace('United Nations', '<OrgRef id="united-nations">United Nations</OrgRef>')}\\\nNew York`] : [];

  const text = [];
  if (nv) {
    text.push(`The ${senders.senders[0].name} presents its compliments to ${recipients.describe} and has the honour to ${lowerFirst(write.sentence().replace(/^I have the honour to /, ''))}`);
  }
  for (const enclosed of letter.encloses ?? []) {
    text.push(`I have the honour to enclose herewith a letter dated ${enclosed.dateText} from ${enclosed.from}. ${write.sentence()}`);
  }
  let room = budget + 1 - text.length;
  if (room >= 5 && random.chance(0.25)) {
    const items = Math.min(room - 2, random.int(2, 6));
    text.push(`${write.sentence()} The discussions will address in particular:`, write.list(items));
    room -= items + 1;
  }
  while (room-- > 0) text.push(write.paragraph());
  return [...head, ...text, ...closing, ...signature, ...address].join('\n\n') + '\n';
}

// "Pursuant to..." -> "pursuant to...": only the first letter, so that mention tags keep their case.
function lowerFirst(text) {
  return text[0].toLowerCase() + text.slice(1);
}

/** The frontmatter date fields of a letter on integer `day`: date and dateLine, or date: null with an estimate and a note. */
export function dateFields(random, day, place, undated) {
  if (undated) {
    const why = random.pick(['from the events it names', 'from the file it was found in', "from the signatory's term of office"]);
    return { date: null, dateEstimate: isoOf(day), dateNote: `Undated. Placed by the editors around ${formatDay(day)}, ${why}.` };
  }
  const fields = { date: isoOf(day) };
  if (random.chance(0.85)) fields.dateLine = place && random.chance(0.6) ? `${place}, ${formatDay(day)}` : formatDay(day);
  return fields;
}
