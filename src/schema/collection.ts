import { z } from 'astro/zod';
import { entityId, isoDate } from './common.ts';

/**
 * Frontmatter of a collection (content/collections/<id>.mdx): an essay by the archive's editors that guides a
 * reader through letters with <Letter id/>, <Quote letter paragraph/> and <Timeline/>.
 */
export const collectionSchema = z.object({
  /** Title of the collection ("The selection of the Secretary-General, 2015-2016"). */
  title: z.string().min(1),
  /** One or two sentences on what the collection follows, shown in listings and link previews. */
  description: z.string().min(1),
  /** Who wrote the essay, as they sign it; default none (the archive's editors). */
  editors: z.array(z.string().min(1)).default([]),
  /** The day the essay was last revised (YYYY-MM-DD); null when not stated. */
  updated: isoDate.nullable().default(null),
  /** Letters the collection follows without citing them in the essay, shown on its <Timeline/>; default none. */
  letters: z.array(entityId).default([]),
});

/** A collection's frontmatter after validation and defaults. */
export type CollectionData = z.infer<typeof collectionSchema>;
