import { z } from 'astro/zod';
import { entityId, isoDate } from './common.ts';

/** A role a person held for a time ("President of the General Assembly", 15 September 2015 to 12 September 2016). */
export const roleSchema = z
  .object({
    /** The role's title as the UN writes it. */
    title: z.string().min(1),
    /** Id of the organisation the role belongs to; null when none. */
    organisation: entityId.nullable().default(null),
    /** First day in the role (YYYY-MM-DD); null when not known. */
    from: isoDate.nullable().default(null),
    /** Last day in the role (YYYY-MM-DD); null while the role continues or when not known. */
    to: isoDate.nullable().default(null),
    /** Id of the Member State the holder represented or came from in the role; null when none is recorded. */
    state: entityId.nullable().default(null),
    /** Where the role is recorded (the register row's sources, separated by " ; "); null when an editor wrote it from the letters. */
    source: z.string().min(1).nullable().default(null),
    /** True while the role rests on a source marked unverified (one weak source); default false. */
    unverified: z.boolean().default(false),
    /** True when a date of the role is derived, not recorded (a session's computed opening or end); default false. */
    computed: z.boolean().default(false),
  })
  .refine((r) => !(r.from && r.to && r.from > r.to), { message: 'a role cannot end before it starts', path: ['to'] });

/** A person who sends, receives or is named in letters (content/people/<id>.yaml). */
export const personSchema = z.object({
  /** Full name in natural order ("Mogens Lykketoft"). */
  name: z.string().min(1),
  /** The family name, when a citation cannot take it from the last word of `name` ("Ban" for "Ban Ki-moon"); null when it is the last word. */
  familyName: z.string().min(1).nullable().default(null),
  /** Honorific as usually written before the name ("H.E. Mr."); null when none. */
  honorific: z.string().min(1).nullable().default(null),
  /** Other ways letters name the person ("Mr Lykketoft", "President Lykketoft"); default none. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Roles over time, oldest first; default none. */
  roles: z.array(roleSchema).default([]),
  /** False while the ingest's first pass awaits an editor; default true. */
  reviewed: z.boolean().default(true),
});

/** A person entry after validation and defaults. */
export type PersonData = z.infer<typeof personSchema>;
/** One role after validation. */
export type Role = z.infer<typeof roleSchema>;
