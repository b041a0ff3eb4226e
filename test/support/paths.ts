import { fileURLToPath } from 'node:url';

/** The project's root folder (where astro.config.mjs lives), with a trailing slash. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The archive's content folder. */
export const contentDir = `${projectRoot}content`;
