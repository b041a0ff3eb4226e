import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './content-root.ts';

/** The text of a plain-text source, by its path relative to the content folder ("sources/x.txt"). */
export function readSource(file: string): string {
  return readFileSync(join(contentRoot(), file), 'utf8');
}

/** The digest of a source's text: its page's cache key, so that an incremental build copies the sources that did not change. */
export function sourceDigest(file: string): string {
  return createHash('sha1').update(readSource(file)).digest('base64url');
}
