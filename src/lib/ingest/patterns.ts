// Line patterns of UN correspondence, shared by the segmenter and the field readers.

/** "Annex", "Annex I", "Enclosure", "Enclosure*" (with a footnote's mark), "Annex to the letter dated ..." alone at the start of a line. */
export const ANNEX_HEADING = /^\s*(?:(?:Annex|Enclosure|Appendix|Attachment)(?:\s+(?:[IVX]+|\d+))?\*?\s*[:.]?\s*$|Annex(?:es)?\s+to\s+the\s+(?:identical\s+)?letters?\s+dated\b)/i;

/** A salutation line: "Excellency,", "Dear Mr. President,", "Dear Secretary-General,". */
export const SALUTATION = /^\s*(?:(?:Your\s+)?Excellency|Dear\s+[^,]{1,60}|Sir|Madam|Mr\.?\s+President|Madam\s+President)\s*[,:]?\s*$/i;

/** The closing formula before a signature. */
export const CLOSING = /(?:highest\s+consideration|assurances\s+of\s+my|Yours?\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Best\s+regards|Kind\s+regards|Respectfully(?:\s+yours)?)\s*[,.]?\s*$/i;

/** "(Signed) Kofi A. Annan", "(Signed): Name", and with OCR's spaces "(Signed ) Name". */
export const SIGNED = /^\s*\(\s*Signed\s*\)\s*:?\s*(.+?)\s*$/i;

/** Print-shop lines of UN documents that are not part of the letter: job numbers, barcodes, page numbers. */
export const NOISE_LINE = /^\s*(?:\d{2}-\d{5}(?:\s*\(E\).*|\s+\d{6}.*)?|\*\d{7,}\*|\*\s.*|_{3,}|\d{1,3}\/\d{1,3}|\d{1,3}|\f+|[A-Z]\/\d{2,4}\/[\w./-]+)\s*$/;

/** The title of a UN document that is a letter: "Letter dated 2 March 2012 from ... addressed to ...". */
export const LETTER_TITLE = /^\s*(?:(?:Identical\s+)?letters?|Note\s+verbale|Joint\s+letter)\s+dated\b/i;

/** A note verbale's opening: "The Permanent Mission of X to the United Nations presents its compliments to the Y". */
export const NOTE_VERBALE = /^\s*(The\s+.{5,160}?)\s+presents\s+its\s+compliments\s+to\s+(?:the\s+)?(.+?)(?:\s+and\s+has\s+the\s+honour|[,.]|$)/i;

/** "To: All Permanent Representatives ..." or "To All Permanent Representatives ...". */
export const TO_LINE = /^\s*To:?\s+((?:H\.E\.|(?:All|all|the|The|His|Her|Members?|Permanent|Heads?|Chairs?|President|Secretary|Ministers?)\b).*)$/;

/** Masthead lines of a UN document. */
export const DISTRIBUTION = /^\s*Distr\.?\s*:/i;
/** "Original: English" and a bare language line under it. */
export const ORIGINAL_LANGUAGE = /^\s*(?:Original\s*:.*|English|French|Spanish|Arabic|Chinese|Russian)\s*$/i;

/** Words that make a short line a role or an institution rather than a person's name. */
export const ROLE_WORDS = /\b(?:President|Representative|Secretary|Chair|Chairman|Chairperson|Minister|Nations|Council|Assembly|Permanent|Campaign|Team|Mission|Office|Committee|Government|Ambassador|Embassy|Republic|Kingdom|Coordinator|Director|Envoy|Observer|Delegation|Affairs|General|Deputy|Head|Excellency|Representatives|States|Union|Group|Behalf|Network|Coalition|Alliance|Institute|Foundation|Association|Centre|Center|Forum|Initiative|Secretariat|Agency|Bureau|Programme|Organization|Organisation|Commission|Court|Tribunal|Bank|Fund|Library|Day|Rules|Prize|Award|Street|Avenue|Plaza|Building|Hall|Chamber|Headquarters|York|Geneva|Vienna|Nairobi|Campaign|Partnership|Society|Council|Board|Panel|Office)\b/;

/** Honorifics and titles that may stand before a name ("H.E. Mr.", "Ambassador"). */
export const HONORIFIC = String.raw`(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Mr|Mrs|Ms|Mme|Dr|Prof|Sir|Dame|Ambassador|Judge|Justice|Minister|President|Secretary-General|Professor|Senator|Sheikh|Sheikha|King|Queen|Prince|Princess)\.?`;
