import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paths } from 'virtual:mnemo/project';

/** Every `.md` and `.mdx` file under the content folder; the Mnemo integration has already validated them. */
export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/node_modules/**'], base: paths.content, retainBody: false }),
  }),
};
