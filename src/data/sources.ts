import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './content-root.ts';

/** The text of a plain-text source, by its path relative to the content folder ("sources/x.txt"). */
export function readSource(file: string): string {
  return readFileSync(join(contentRoot(), file), 'utf8');
}
