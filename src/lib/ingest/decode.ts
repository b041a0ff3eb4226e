/** A source decoded to text, or refused with the reason. */
export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Decodes a source file: UTF-8 (a BOM dropped), else Windows-1252/Latin-1 with a note; CRLF and CR
 * become LF; NUL bytes are removed with a note. An empty file, or one that is mostly control bytes
 * (a binary file), is refused.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let controls = 0;
  const sample = bytes.subarray(0, 65536);
  for (const byte of sample) if ((byte < 9 || (byte > 13 && byte < 32)) && byte !== 0) controls++;
  const nuls = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if ((controls + nuls) / sample.length > 0.1) return { ok: false, reason: 'binary file (more than 10% control bytes): not a plain-text letter' };
  const notes: string[] = [];
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
    notes.push('not valid UTF-8: read as Windows-1252 (Latin-1)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) {
    text = text.replace(/\0/g, '');
    notes.push('NUL bytes removed');
  }
  text = text.replace(/\r\n?/g, '\n').replace(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g, ' ');
  if (!text.trim()) return { ok: false, reason: 'no text: the file holds only white space' };
  return { ok: true, text, notes };
}
