import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** A line of the printed document that is not the letter's text (masthead, title, job number, page number), as printed. */
export const apparatusLineSchema = z.object({
  /** Its line in the plain-text source (1-based). */
  line: z.number().int().positive(),
  /** The line as printed, spaces at either end aside. */
  text: z.string().min(1),
});

/**
 * What a UN document prints around a letter: read into the letter's metadata, shown beside its text and never as
 * paragraphs of it. Every line it takes from the source is kept, as printed, in `lines`.
 */
export const apparatusSchema = z.object({
  /** The distribution ("General", "Limited"), from "Distr.: General"; null when not printed. */
  distribution: z.string().min(1).nullable().default(null),
  /** The date of issue the masthead prints (YYYY-MM-DD); null when not printed. */
  issued: isoDate.nullable().default(null),
  /** The language of the original ("English"), from "Original: English"; null when not printed. */
  originalLanguage: z.string().min(1).nullable().default(null),
  /** The job number of the print shop, as printed ("12-25383 (E) 090312"); null when not printed. */
  jobNumber: z.string().min(1).nullable().default(null),
  /** The barcode line ("*1225383*"); null when not printed. */
  barcode: z.string().min(1).nullable().default(null),
  /** Every line of the source that the letter's text leaves out, in source order. */
  lines: z.array(apparatusLineSchema).default([]),
});

/** A document's apparatus after validation and defaults. */
export type Apparatus = z.infer<typeof apparatusSchema>;
