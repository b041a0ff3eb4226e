/**
 * The moment the site is built, for the dates files such as /data/cmif.xml carry: SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds.org convention) when set, so that the slices of one build, on one machine or several, and a
 * rebuild of the same content write the same bytes; else now.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}
