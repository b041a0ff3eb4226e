import { fileURLToPath } from 'node:url';

/** The project's root folder (where astro.config.mjs lives), with a trailing slash. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The archive's content folder. */
export const contentDir = `${projectRoot}content`;

/**
 * The plain-text source of a seed letter, by the name the archive gave it: the three original letters are kept,
 * byte for byte, as content/sources/<name>.txt, so tests read them from the project and nowhere else.
 */
export const seedSource = (name: string) => `${contentDir}/sources/${name}.txt`;
