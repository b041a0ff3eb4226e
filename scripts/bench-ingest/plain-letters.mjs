// Synthetic plain-text UN letters for the ingest benchmark: the forms the ingest reads (masthead documents,
// letterheads, date lines in several orders, citations of every kind, honorifics, signature blocks, To lines,
// enclosures), with hard-wrapped lines and some OCR noise, deterministic for a seed.
import { createRandom } from '../bench/random.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const GIVEN = ['Amina', 'Mogens', 'Sylvie', 'Volkan', 'Kofi', 'Maria', 'Jean', 'Ahmed', 'Li', 'Olga', 'Juan', 'Aiko', 'Kwame', 'Fatima', 'Pedro', 'Ingrid'];
const FAMILY = ['Mohammed', 'Lykketoft', 'Lucas', 'Bozkir', 'Mensah', 'Garcia', 'Dupont', 'Haddad', 'Wang', 'Petrova', 'Silva', 'Tanaka', 'Osei', 'Rahman', 'Costa', 'Larsen'];
const STATES = ['Luxembourg', 'Ghana', 'Brazil', 'Japan', 'Norway', 'Kenya', 'Chile', 'Jordan', 'Viet Nam', 'Ireland', 'Senegal', 'Fiji'];
const PROSE = [
  'I have the honour to refer to the consultations held among Member States on the matter before the Assembly',
  'The delegation wishes to draw attention to the progress achieved since the last session and to the work that remains',
  'In this regard the Group stands ready to engage constructively with all delegations in a spirit of compromise',
  'It would be appreciated if the present letter could be circulated as a document of the General Assembly and of the Security Council',
  'The Government reiterates its commitment to the purposes and principles of the Charter of the United Nations',
  'Member States are invited to submit their views in writing before the next meeting of the working group',
];

const day = (r) => ({ y: r.int(1976, 2026), m: r.int(1, 12), d: r.int(1, 28) });
const dmy = ({ y, m, d }) => `${d} ${MONTHS[m - 1]} ${y}`;
const mdy = ({ y, m, d }) => `${MONTHS[m - 1]} ${d}, ${y}`;

function citation(r) {
  return r.weighted({
    ga: 4, dec: 1, sc: 3, old: 1, other: 1,
  }) === 'ga' ? `resolution ${r.int(31, 80)}/${r.int(1, 320)}`
    : r.chance(0.25) ? `decision ${r.int(40, 80)}/${r.int(401, 570)}`
    : r.chance(0.6) ? `resolution ${r.int(1000, 2700)} (${r.int(1995, 2025)})`
    : r.chance(0.5) ? `resolution ${r.int(100, 3500)} (${r.pick(['V', 'XX', 'XXV', 'XXX'])})`
    : `S/${r.int(2000, 2025)}/${r.int(1, 999)}`;
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The plain text of synthetic letter number `index` of a seed. */
export function plainLetter(seed, index) {
  const r = createRandom(seed, `plain-${index}`);
  const when = day(r);
  const signer = `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
  const state = r.pick(STATES);
  const lines = [];
  const masthead = r.chance(0.4);
  if (masthead) {
    lines.push(`S/${when.y}/${index % 1000 + 1}`, '', 'United Nations', '', 'Security Council', '', 'Distr.: General', dmy(when), 'Original: English', '');
    lines.push(`Letter dated ${dmy(when)} from the Permanent Representative of ${state} to the`, 'United Nations addressed to the Secretary-General');
  } else {
    lines.push(`PERMANENT MISSION OF ${state.toUpperCase()} TO THE UNITED NATIONS`, '', r.chance(0.5) ? `New York, ${dmy(when)}` : mdy(when), '', 'Excellency,', '');
  }
  for (let p = 0, paragraphs = r.int(3, 12); p < paragraphs; p++) {
    const sentence = `${r.pick(PROSE)}, recalling ${citation(r)} and the meeting of ${dmy(day(r))}, as H.E. Mr. ${r.pick(GIVEN)} ${r.pick(FAMILY)} observed.`;
    lines.push(...wrap(sentence, r.int(70, 85)));
    if (!masthead) lines.push('');
  }
  lines.push('', 'Please accept, Excellency, the assurances of my highest consideration.', '');
  lines.push(masthead ? `(Signed) ${signer}` : signer, 'Ambassador', `Permanent Representative of ${state}`);
  if (masthead) lines.push('', `${String(when.y).slice(2)}-${String(10000 + index).slice(-5)} (E)`, '', `*${String(1000000 + index)}*`);
  return `${lines.join('\n')}\n`;
}
