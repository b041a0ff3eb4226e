import { z } from 'astro/zod';
import { entityId, isoDate } from './common.ts';
import { apparatusSchema } from './apparatus.ts';

/** Who signed a letter, as signed: a known person, an organisation, or a bare name or role. */
export const senderSchema = z
  .object({
    /** Id of the signatory in the people collection; null when the signatory is not known by name. */
    person: entityId.nullable().default(null),
    /** The name exactly as signed when it is not (yet) a person in the archive; null otherwise. */
    name: z.string().min(1).nullable().default(null),
    /** The role as written under the signature ("President of the General Assembly"); null when none. */
    role: z.string().min(1).nullable().default(null),
    /** Id of the organisation the signatory acted for; null when none is stated. */
    organisation: entityId.nullable().default(null),
  })
  .refine((s) => s.person || s.name || s.role || s.organisation, {
    message: 'a sender needs at least a person, a name, a role or an organisation',
  });

/** To whom a letter is addressed: a person, an organisation, and/or a group written out in words. */
export const recipientSchema = z
  .object({
    /** Id of the addressee in the people collection; null when the letter is not addressed to a person. */
    person: entityId.nullable().default(null),
    /** Id of the addressed organisation; null when none. */
    organisation: entityId.nullable().default(null),
    /** A group as written ("All Permanent Representatives to the United Nations"); null when none. */
    group: z.string().min(1).nullable().default(null),
    /** The addressee's role as written ("Secretary-General"); null when none. */
    role: z.string().min(1).nullable().default(null),
  })
  .refine((r) => r.person || r.organisation || r.group || r.role, {
    message: 'a recipient needs a person, an organisation, a group or a role',
  });

/** How a letter stands to another it refers to: answers it, follows it up, transmits it, or only cites it. */
export const letterRelations = ['answers', 'follows', 'transmits', 'cites'] as const;

/** Another letter this one refers to: by id when it is in the archive, else described in words. */
export const letterReferenceSchema = z
  .object({
    /** Id of the referred letter when the archive holds it; null when it does not. */
    letter: entityId.nullable().default(null),
    /** How the letter names it ("letter dated 31 July 2015 from the President of the 69th session"). */
    description: z.string().min(1),
    /** How this letter stands to it: answers ("your letter"), follows (the sender's own, "my letter"), transmits (encloses), cites; default cites. */
    relation: z.enum(letterRelations).default('cites'),
    /** The date the reference gives the letter (YYYY-MM-DD); null when it gives none. */
    date: isoDate.nullable().default(null),
    /** The document symbol the reference gives the letter ("S/2019/140"); null when it gives none. */
    symbol: z.string().min(1).nullable().default(null),
  });

/** Where in the plain-text sources the letter's text comes from. */
export const sourceRangeSchema = z.object({
  /** Path of the plain-text source, relative to the content folder ("sources/2015-12-14-ign.txt"). */
  file: z.string().regex(/^sources\/[^/]+\.txt$/, 'the source must be a .txt file in the sources folder'),
  /** First and last line (1-based, inclusive) of this letter in the source file. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).refine(([a, b]) => a <= b, {
    message: 'the first line must not come after the last line',
  }),
});

/** The kinds of correspondence the archive tells apart. */
export const letterKinds = ['letter', 'identical-letters', 'note-verbale', 'memorandum'] as const;

/** Frontmatter of a letter (content/letters/<id>.mdx); the body is the letter's text with its mentions marked. */
export const letterSchema = z
  .object({
    /** Title in UN style: "Letter dated 14 December 2015 from ... to ...". */
    title: z.string().min(1),
    /** Kind of correspondence; default "letter". */
    kind: z.enum(letterKinds).default('letter'),
    /** The date the letter bears (YYYY-MM-DD); null when the letter is undated. */
    date: isoDate.nullable(),
    /** The date line exactly as written ("New York, 11 December 2015"); null when there is none. */
    dateLine: z.string().min(1).nullable().default(null),
    /** For an undated letter, an editor's estimate (YYYY-MM-DD) used only for ordering; null otherwise. */
    dateEstimate: isoDate.nullable().default(null),
    /** Why the estimate is what it is ("written as the Secretary-General took office"); null otherwise. */
    dateNote: z.string().min(1).nullable().default(null),
    /** Place of writing as stated ("New York"); null when not stated. */
    place: z.string().min(1).nullable().default(null),
    /** Signatories, in the order they sign; empty when no signature, letterhead or title tells (the page says so). */
    senders: z.array(senderSchema).default([]),
    /** Addressees, in the order they are addressed; empty when the letter does not say (an annex, a bare text). */
    recipients: z.array(recipientSchema).default([]),
    /** GA session the letter belongs to; default: derived from the date (session N opens in September of 1945 + N). */
    session: z.number().int().positive().nullable().default(null),
    /** Ids of letters this letter encloses or annexes; default none. */
    encloses: z.array(entityId).default([]),
    /** Id of the cover letter that encloses this one; null when it stands alone. */
    enclosedIn: entityId.nullable().default(null),
    /** Other letters this one refers to; default none. */
    refersTo: z.array(letterReferenceSchema).default([]),
    /** The plain-text source this letter was transcribed from. */
    source: sourceRangeSchema,
    /** Symbol of the UN document that carries the letter ("S/2010/24"); null when it was not issued as one. */
    symbol: z.string().min(1).nullable().default(null),
    /** The printed document's apparatus around the letter; null when the source prints none. */
    apparatus: apparatusSchema.nullable().default(null),
    /** False while the ingest's first pass awaits an editor; default true (written by hand). */
    reviewed: z.boolean().default(true),
    /**
     * The day the letter entered the archive (YYYY-MM-DD): written by the ingest when it first writes the file and
     * kept by every later ingest, or by the editor who adds a letter by hand; null when not recorded.
     */
    added: isoDate.nullable().default(null),
    /** Fingerprint the ingest wrote with the file, so that a later ingest can tell a hand edit; null when written by hand. */
    ingestDigest: z.string().nullable().default(null),
  })
  .refine((l) => l.date !== null || l.dateEstimate !== null, {
    message: 'an undated letter needs a dateEstimate so that it can be placed in time',
    path: ['dateEstimate'],
  })
  .refine((l) => !(l.date !== null && l.dateEstimate !== null), {
    message: 'a dated letter takes no dateEstimate',
    path: ['dateEstimate'],
  });

/** A letter's frontmatter after validation and defaults. */
export type LetterData = z.infer<typeof letterSchema>;
/** One signatory after validation. */
export type Sender = z.infer<typeof senderSchema>;
/** One addressee after validation. */
export type Recipient = z.infer<typeof recipientSchema>;
/** One reference to another letter after validation. */
export type LetterReference = z.infer<typeof letterReferenceSchema>;
