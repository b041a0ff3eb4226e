import { z } from 'astro/zod';

/** Frontmatter of an editorial page (src/editorial/<id>.mdx, at /about/ and /about/<id>/): About, Editorial method, How to cite, ... */
export const editorialPageSchema = z.object({
  /** The page's title and heading ("How to cite"). */
  title: z.string().min(1),
  /** One sentence on what the page says, for listings and link previews. */
  description: z.string().min(1),
  /** Place of the page in the footer and on the home page, lowest first. */
  order: z.number().int(),
});

/** An editorial page's frontmatter after validation. */
export type EditorialPageData = z.infer<typeof editorialPageSchema>;
