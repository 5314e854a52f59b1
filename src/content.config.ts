import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paths } from 'virtual:mnemo/project';
import { GUIDE_PUBLIC_DIR } from './lib/content/model';
import { lessonRouteSlug } from './lib/content/slug';

/**
 * Every `.md` and `.mdx` file under the content folder; the Mnemo integration has already
 * validated them. Entries are keyed by the generator's own address rule rather than Astro's
 * default slug, which is empty for a name such as `🚀.mdx` and honours a frontmatter `slug:`;
 * the model has already made these addresses non-empty and unique.
 */
export const collections = {
  lessons: defineCollection({
    loader: glob({
      // The guide's `public/` folder holds files to publish as they are, never lessons.
      pattern: ['**/*.{md,mdx}', '!**/node_modules/**', `!${GUIDE_PUBLIC_DIR}/**`],
      base: paths.content,
      retainBody: false,
      generateId: ({ entry }) => lessonRouteSlug(entry),
    }),
  }),
};
