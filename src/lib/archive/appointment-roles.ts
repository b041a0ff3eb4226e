import type { Role } from '../../schema/index.ts';
import type { AppointmentRecord } from '../model/appointments.ts';

// The roles the register's appointments (sg-appointments.csv) give the people appointed: the post, the organisation and
// State, the announcement and the Council's reply, and no dates in office, which the letters do not give.

/** The role an appointment gives its appointee: the post as the letter writes it, undated, with the announcement and its source. */
export function appointmentRole(record: AppointmentRecord, organisations: ReadonlySet<string>): Role {
  return {
    title: record.post,
    organisation: organisations.has(record.organisation) ? record.organisation : null,
    from: null,
    to: null,
    state: record.state && organisations.has(record.state) ? record.state : null,
    source: record.source,
    unverified: record.unverified,
    computed: false,
    appointment: record.appointment,
  };
}

/** A title compared loosely: case, apostrophes, spacing and the brackets the letters add (an acronym, a resolution) do not count. */
function comparable(title: string): string {
  let text = title.normalize('NFC').toLowerCase().replace(/[\u2018\u2019]/g, "'");
  // Innermost brackets first, so that "(resolution 1584 (2005))" goes whole.
  for (let before = ''; before !== text; ) [before, text] = [text, text.replace(/\s*\([^()]*\)/g, '')];
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * True when an editor's role is the register's post: undated, unsourced, and the same title, or the title the post ends
 * with after "and" ("Coordinator of the Panel of Experts on Liberia" in "finance expert and Coordinator of ..."), or the
 * post's title before a comma ("..., at the level of Under-Secretary-General"). The register's role then replaces it.
 */
export function samePost(role: Role, record: AppointmentRecord): boolean {
  if (role.source !== null || role.from !== null || role.to !== null || role.appointment) return false;
  const title = comparable(role.title);
  const post = comparable(record.post);
  return title === post || post.endsWith(` and ${title}`) || post.startsWith(`${title},`);
}
