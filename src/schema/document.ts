import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { parseSymbol } from './symbols.ts';

/** A document that letters cite (content/documents/<slug>.yaml, the slug made from the symbol). */
export const documentSchema = z.object({
  /** Canonical symbol: A/RES/69/321, A/DEC/62/557 (GA decisions), S/RES/1325(2000), or as issued (S/2015/988). */
  symbol: z.string().refine((value) => parseSymbol(value)?.symbol === value, {
    message: 'write the canonical symbol, e.g. A/RES/69/321, A/DEC/62/557, S/RES/1325(2000), A/RES/3379(XXX)',
  }),
  /** Official title when known ("Revitalization of the work of the General Assembly"); null when not yet recorded. */
  title: z.string().min(1).nullable().default(null),
  /** Date of adoption or issue (YYYY-MM-DD); null when not yet recorded. */
  date: isoDate.nullable().default(null),
  /** False while the ingest's first pass awaits an editor; default true. */
  reviewed: z.boolean().default(true),
});

/** A document entry after validation and defaults. */
export type DocumentData = z.infer<typeof documentSchema>;
