/** A role with the period it was held (ISO dates; null where open or unknown). */
export interface DatedRole {
  title: string;
  organisation: string | null;
  from: string | null;
  to: string | null;
  /** An appointment announced to the Council (the register's sg-appointments.csv): a post with no recorded tenure; null or absent otherwise. */
  appointment?: object | null;
}

/**
 * The roles held on an ISO date; a role with an unknown start or end counts as held on that side. An announced
 * appointment counts on no date: the letters give the day it was announced, not when it was held.
 */
export function rolesOnDate<R extends DatedRole>(roles: readonly R[], iso: string | null): R[] {
  if (!iso) return [];
  return roles.filter((role) => !role.appointment && (role.from === null || role.from <= iso) && (role.to === null || iso <= role.to));
}

/** Describes when a role was held: "15 September 2015 – 12 September 2016", "from 1 January 2017", "dates not recorded". */
export function describePeriod(role: DatedRole, format: (iso: string) => string): string {
  if (role.from && role.to) return `${format(role.from)} – ${format(role.to)}`;
  if (role.from) return `from ${format(role.from)}`;
  if (role.to) return `until ${format(role.to)}`;
  return 'dates not recorded';
}

/** An addressee written as one office ("the President of the Security Council", "Secretary-General"), not a group. */
const SINGLE_OFFICE = /^(?:the\s+)?(?:(?:Acting\s+)?President|Vice-President|(?:Deputy\s+)?Secretary-General|Under-Secretary-General|Chair(?:man|person|woman)?|High\s+Commissioner|Executive\s+(?:Director|Secretary)|Director(?:-General)?|Special\s+(?:Envoy|Representative|Adviser)|Prosecutor|Registrar)\b(?!.*\b(?:and|Members|Representatives|Heads|Chairs|all)\b)/i;

/** True when an addressee as written is one office that one person holds at a time: a role, not a group. */
export function isSingleOffice(addressee: string): boolean {
  return SINGLE_OFFICE.test(addressee.trim());
}
