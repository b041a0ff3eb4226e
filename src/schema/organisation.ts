import { z } from 'astro/zod';

/** The kinds of organisation the archive tells apart. */
export const organisationKinds = [
  'un-organ',
  'un-office',
  'intergovernmental-process',
  'member-state',
  'group-of-states',
  'civil-society',
  'other',
] as const;

/** An organisation that sends, receives or is named in letters (content/organisations/<id>.yaml). */
export const organisationSchema = z.object({
  /** Full name ("Intergovernmental Negotiations on Security Council reform"). */
  name: z.string().min(1),
  /** Short form when one is in use ("IGN"); null when none. */
  shortName: z.string().min(1).nullable().default(null),
  /** Other ways letters name it; default none. */
  aliases: z.array(z.string().min(1)).default([]),
  /** What kind of body it is. */
  kind: z.enum(organisationKinds),
  /** False while the ingest's first pass awaits an editor; default true. */
  reviewed: z.boolean().default(true),
});

/** An organisation entry after validation and defaults. */
export type OrganisationData = z.infer<typeof organisationSchema>;
