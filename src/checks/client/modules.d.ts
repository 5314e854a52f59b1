/** The URL of each question kind's browser module (`src/integrations/kind-modules.ts`). */
declare module 'virtual:mnemo/kind-modules' {
  /** Single and multiple choice. */
  export const choice: string;
  /** Typed text and number answers. */
  export const typed: string;
  /** Ordering (`Step`). */
  export const order: string;
  /** Matching (`Pair`). */
  export const match: string;
  /** Fill in the blanks (`Blank`). */
  export const blanks: string;
}
