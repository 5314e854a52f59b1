/**
 * URLs of the learner-data modules that load on demand, provided by
 * `src/integrations/learner-data.ts`: built as their own chunks, never imported by page scripts.
 */
declare module 'virtual:mnemo/learner-data-modules' {
  /** Offers the progress store (`offers/progress-store.ts`). */
  export const progressStore: string;
  /** Offers the export of a progress file (`offers/export.ts`). */
  export const exportProgress: string;
  /** Offers the import of a progress file (`offers/import.ts`). */
  export const importProgress: string;
}
