/**
 * URLs of the search modules that load on demand, provided by the search integration
 * (src/integrations/search.ts): built as their own chunks, never imported by page scripts.
 */
declare module 'virtual:mnemo/search-modules' {
  /** The search dialog (src/scripts/search/dialog.ts). */
  export const dialog: string;
  /** The highlighter for pages opened from a result (src/scripts/search/highlight-page.ts). */
  export const highlight: string;
}
