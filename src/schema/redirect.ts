import { z } from 'astro/zod';
import { entityId } from './common.ts';

/** A letter whose id changed (content/redirects.yaml): its old address keeps leading to it. */
export const redirectSchema = z
  .object({
    /** The letter's former id; /letters/<from>/ becomes a page that sends the reader on. */
    from: entityId,
    /** The letter's id now; it must name a letter of the archive. */
    to: entityId,
  })
  .refine((r) => r.from !== r.to, { message: 'a redirect cannot lead to itself', path: ['to'] });

/** The redirect file: a list of redirects, oldest first; an absent file means none. */
export const redirectListSchema = z.array(redirectSchema);

/** One redirect after validation. */
export type Redirect = z.infer<typeof redirectSchema>;
