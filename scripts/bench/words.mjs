// Word lists for the synthetic archive. Names are built from syllables so that the vocabulary
// grows with the archive, as it does in real correspondence; that is what the search index pays for.

/** Given names, a few with diacritics so that slugs and search see non-ASCII letters. */
export const GIVEN_NAMES = [
  'Amina', 'António', 'Ban', 'Boutros', 'Catherine', 'Chen', 'Dag', 'Dagmar', 'Eduardo', 'Elena', 'Fatima', 'François',
  'Gloria', 'Hiroshi', 'Ibrahim', 'Ingrid', 'Javier', 'José', 'Kofi', 'Lakshmi', 'Leila', 'María', 'Miroslav', 'Mogens',
  'Nadia', 'Olusegun', 'Omar', 'Pascale', 'Rafael', 'Rania', 'Samuel', 'Sergei', 'Siddharth', 'Sylvie', 'Tijjani', 'Ulla',
  'Vijay', 'Volkan', 'Wang', 'Yasmin', 'Zoë', 'Abdou', 'Beatriz', 'Csaba', 'Dina', 'Ebba', 'Gustavo', 'Helga', 'Kwame', 'Lin',
];

/** Syllables that surnames are made of ("Okaramu", "Veldhasen"). */
export const SURNAME_PARTS = [
  ['Ok', 'Vel', 'Ma', 'Lyk', 'Bo', 'Ta', 'Gu', 'Ri', 'Sa', 'Ka', 'Mo', 'Es', 'Ha', 'Ni', 'Dr', 'Ar', 'Fe', 'Zu', 'Pa', 'Lo'],
  ['ar', 'ke', 'ti', 'do', 'ra', 'li', 'men', 'sa', 'ver', 'lo', 'bu', 'na', 'rel', 'si', 'go', 'dha', 'ni', 'ster'],
  ['amu', 'sen', 'toft', 'ez', 'ov', 'ić', 'ou', 'ani', 'er', 'berg', 'a', 'os', 'enko', 'ua', 'ssi', 'vić', 'ri', 'ham'],
];

/** Honorifics as they appear before names in UN letters. */
export const HONORIFICS = ['H.E. Mr.', 'H.E. Ms.', 'H.E. Mrs.', 'Mr.', 'Ms.', 'Dr.', 'Ambassador', 'Professor'];

/** Member States that send and receive letters (name, with an optional short form). */
export const STATES = [
  'Argentina', 'Australia', 'Austria', 'Bangladesh', 'Belgium', 'Brazil', 'Canada', 'Chile', 'China', 'Colombia',
  "Côte d'Ivoire", 'Denmark', 'Egypt', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Germany', 'Ghana', 'Guatemala', 'India',
  'Indonesia', 'Ireland', 'Italy', 'Jamaica', 'Japan', 'Kazakhstan', 'Kenya', 'Liechtenstein', 'Luxembourg', 'Malaysia',
  'Maldives', 'Mexico', 'Morocco', 'Nepal', 'Netherlands', 'New Zealand', 'Nigeria', 'Norway', 'Pakistan', 'Peru',
  'Philippines', 'Poland', 'Portugal', 'Qatar', 'Republic of Korea', 'Romania', 'Rwanda', 'Saint Lucia', 'Senegal',
  'Singapore', 'South Africa', 'Spain', 'Sweden', 'Switzerland', 'Thailand', 'Tunisia', 'Türkiye', 'Uganda', 'Ukraine',
  'United Kingdom', 'United States of America', 'Uruguay', 'Viet Nam', 'Zambia',
];

/** Organisations every archive has: [name, shortName, kind, aliases]. */
export const CORE_ORGANISATIONS = [
  ['United Nations', 'UN', 'other', ['the Organization']],
  ['General Assembly', 'GA', 'un-organ', ['the Assembly', 'United Nations General Assembly']],
  ['Security Council', null, 'un-organ', ['the Council']],
  ['Economic and Social Council', 'ECOSOC', 'un-organ', []],
  ['Trusteeship Council', null, 'un-organ', []],
  ['International Court of Justice', 'ICJ', 'un-organ', ['the Court']],
  ['Secretariat', null, 'un-organ', ['United Nations Secretariat']],
  ['Human Rights Council', 'HRC', 'un-organ', []],
  ['Office of the President of the General Assembly', 'OPGA', 'un-office', []],
  ['Executive Office of the Secretary-General', 'EOSG', 'un-office', []],
  ['Office of Legal Affairs', 'OLA', 'un-office', []],
  ['Department of Political and Peacebuilding Affairs', 'DPPA', 'un-office', []],
  ['Intergovernmental Negotiations on Security Council reform', 'IGN', 'intergovernmental-process', ['Intergovernmental Negotiations']],
  ['Ad Hoc Working Group on the Revitalization of the Work of the General Assembly', null, 'intergovernmental-process', []],
  ['Open-ended Working Group on Sustainable Development Goals', 'OWG', 'intergovernmental-process', []],
  ['Group of 77 and China', 'G-77', 'group-of-states', ['Group of 77']],
  ['Non-Aligned Movement', 'NAM', 'group-of-states', []],
  ['European Union', 'EU', 'group-of-states', []],
  ['African Group', null, 'group-of-states', []],
  ['Uniting for Consensus', 'UfC', 'group-of-states', []],
  ['Accountability, Coherence and Transparency Group', 'ACT', 'group-of-states', ['ACT Group']],
  ['1 for 7 Billion', null, 'civil-society', ['1 for 7 Billion campaign']],
  ['CIVICUS', null, 'civil-society', []],
  ['International Committee of the Red Cross', 'ICRC', 'other', []],
];

/** Parts of civil-society names: [first, second, third] ("Global Justice Network"). */
export const CSO_PARTS = [
  ['Global', 'International', 'World', "Women's", 'Youth', 'Peace', 'Citizens', 'Ocean', 'Indigenous', 'Open'],
  ['Policy', 'Justice', 'Action', 'Rights', 'Climate', 'Governance', 'Democracy', 'Health', 'Disarmament', 'Water'],
  ['Forum', 'Network', 'Coalition', 'Institute', 'Alliance', 'Foundation', 'Association', 'Initiative', 'Watch', 'Centre'],
];

/** Cities that tell apart two civil-society organisations of the same name, once the three-part names run out. */
export const CSO_CITIES = [
  'Geneva', 'Nairobi', 'Vienna', 'Bangkok', 'Santiago', 'Addis Ababa', 'Beirut', 'Dakar', 'Manila', 'Lima',
  'Oslo', 'Toronto', 'Accra', 'Jakarta', 'Montevideo', 'Tunis', 'Kathmandu', 'Suva', 'Bogota', 'Kampala',
];

/** Groups written out as addressees. */
export const RECIPIENT_GROUPS = [
  'All Permanent Representatives to the United Nations',
  'All Permanent Representatives and Permanent Observers to the United Nations',
  'All Member States and Observers of the General Assembly',
  'The Members of the Security Council',
  'All Chairs of the Main Committees',
  'The Coordinators of the Regional Groups',
];

/** Subjects letters are about; each also yields a slug for letter ids. */
export const TOPICS = [
  'revitalization of the work of the General Assembly', 'Security Council reform', 'the selection of the Secretary-General',
  'the programme budget', 'peacekeeping operations', 'the question of Palestine', 'climate change', 'nuclear disarmament',
  'the 2030 Agenda for Sustainable Development', 'the rule of law', 'humanitarian assistance', 'the law of the sea',
  'decolonization', 'the financing of development', 'human rights treaty bodies', 'the high-level political forum',
  'the scale of assessments', 'counter-terrorism', 'the protection of civilians', 'women and peace and security',
  'antimicrobial resistance', 'small island developing States', 'the status of observers', 'credentials',
];

/** Document titles, by the series they are drawn for. */
export const DOCUMENT_TITLES = [
  'Revitalization of the work of the General Assembly', 'Question of equitable representation on and increase in the membership of the Security Council and related matters',
  'Appointment of the Secretary-General of the United Nations', 'Transforming our world: the 2030 Agenda for Sustainable Development',
  'Scale of assessments for the apportionment of the expenses of the United Nations', 'Women and peace and security',
  'Protection of civilians in armed conflict', 'Admission of new Members to the United Nations', 'Strengthening of the United Nations system',
  'Oceans and the law of the sea', 'General and complete disarmament', 'Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
  'Programme budget for the biennium', 'Threats to international peace and security', 'The situation in the Middle East',
  'Human rights treaty body system', 'Participation of the European Union in the work of the United Nations', 'Cooperation between the United Nations and regional organizations',
];

/** Ordinal words for session titles ("seventieth session"), as the UN writes them. */
export function ordinalWords(value) {
  const units = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const tensOrdinal = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
  if (value < 10) return units[value];
  if (value < 20) return teens[value - 10];
  const [t, u] = [Math.floor(value / 10), value % 10];
  return u === 0 ? tensOrdinal[t] : `${tens[t]}-${units[u]}`;
}

/** A URL-safe id from any name: "Côte d'Ivoire" -> "cote-d-ivoire", matching the schema's entityId rule. */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
