import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchema, documentSchema, editorialPageSchema, letterSchema, organisationSchema, personSchema } from './schema/index.ts';
import { contentRoot } from './data/content-root.ts';
import { letterLoader } from './data/letter-loader.ts';

// Collections only: every schema lives in src/schema so that the ingest validates against the same rules.
const root = contentRoot();

export const collections = {
  letters: defineCollection({ loader: letterLoader({ base: `${root}/letters` }), schema: letterSchema }),
  people: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/people` }), schema: personSchema }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/organisations` }),
    schema: organisationSchema,
  }),
  documents: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/documents` }), schema: documentSchema }),
  // Trusted MDX, compiled by @astrojs/mdx: essays by the archive's editors (letters are never compiled, see above).
  collections: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/collections` }), schema: collectionSchema }),
  // The site's own pages (About, Editorial method, ...): they belong to the site, not to one archive's content.
  editorial: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/editorial' }), schema: editorialPageSchema }),
};
