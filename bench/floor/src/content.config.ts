import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/**
 * Every lesson of the generated guide (its plain-HTML dialect). `retainBody: false` as in
 * Mnemo's own collection, so the floor does not keep every source in its data store when
 * Mnemo does not.
 */
export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: process.env.BENCH_CONTENT!, retainBody: false }),
  }),
};
