import { z } from 'astro/zod';
import { entityId, isoDate } from './common.ts';

/** What a letter of the Secretary-General says he does with a post (content/register/sg-appointments.csv, column `act`). */
export const APPOINTMENT_ACTS = ['intends to appoint', 'has decided to appoint', 'has appointed', 'has reappointed', 'nominates', 'has extended the appointment'] as const;

/** A document symbol as the register cites it ("S/2012/112"). */
const documentSymbol = z.string().regex(/^[A-Z]+(?:\/[A-Za-z0-9.]+)+$/, 'write a UN document symbol such as S/2012/112');

/**
 * An appointment the Secretary-General announced to the Security Council, as his letter and the Council's reply state it.
 * The letters give the days the appointment was announced and noted, never the first day in office: no tenure is implied.
 */
export const appointmentSchema = z.object({
  /** What the letter says he does: "intends to appoint", "has appointed", "nominates"... */
  act: z.enum(APPOINTMENT_ACTS),
  /** Date of the Secretary-General's letter (YYYY-MM-DD). */
  announced: isoDate,
  /** Symbol of that letter ("S/2012/112"). */
  announcedIn: documentSymbol,
  /** Date of the Council's reply taking note; null when the archive holds none. */
  noted: isoDate.nullable().default(null),
  /** Symbol of that reply; null with `noted`. */
  notedIn: documentSymbol.nullable().default(null),
  /** What else the letter says of the appointment ("to serve until 20 December 2009"); null when nothing. */
  note: z.string().min(1).nullable().default(null),
});

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
    /** The appointment announced to the Council, for a post the Secretary-General fills; null for any other role. */
    appointment: appointmentSchema.nullable().default(null),
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
/** One announced appointment after validation. */
export type Appointment = z.infer<typeof appointmentSchema>;
/** One role after validation. */
export type Role = z.infer<typeof roleSchema>;
