import { z } from 'astro/zod';

/** A readable, URL-safe identifier: lower-case letters, digits and single hyphens. */
export const entityId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "mogens-lykketoft"');

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted and turned into that form). */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'write the date as YYYY-MM-DD', abort: true })
    .refine((value) => isRealDate(value), 'this calendar date does not exist'),
);

/** True when an YYYY-MM-DD string names a day that exists (no 31 April, no 29 February 2015). */
export function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
