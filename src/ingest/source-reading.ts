import { readFileSync } from 'node:fs';
import { decodeSource } from '../lib/ingest/decode.ts';
import type { PersonToAdd } from '../lib/ingest/find-entities.ts';
import { findPeopleToAdd } from '../lib/ingest/ingest-source.ts';
import { restoreLines, type RestoredLines } from '../lib/ingest/restore-lines.ts';

/**
 * A batch's first reading of a source file, made once for both of the ingest's passes: its bytes, how they
 * decoded, its lines restored (null when refused, or when restoring failed: the second pass then reports why),
 * and the people it makes known, in order. Made on a worker thread or this one: it changes nothing.
 */
export interface SourceReading {
  bytes: Uint8Array;
  decoded: { ok: true; notes: string[] } | { ok: false; reason: string };
  restored: RestoredLines | null;
  people: PersonToAdd[];
}

/** Reads, decodes and restores one source file, and finds the people it names in full (discoverEntities' reading). */
export function readSourceFile(file: string): SourceReading {
  const bytes = readFileSync(file);
  const decoded = decodeSource(bytes);
  const people: PersonToAdd[] = [];
  if (!decoded.ok) return { bytes, decoded, restored: null, people };
  let restored: RestoredLines | null = null;
  try {
    restored = restoreLines(decoded.text);
    findPeopleToAdd(restored.text, people);
  } catch {
    // the second pass reads the source again and reports it
  }
  return { bytes, decoded: { ok: true, notes: decoded.notes }, restored, people };
}
