declare module 'virtual:mnemo/project' {
  /** Where the guide is read from and the site written to. */
  export const paths: import('./lib/paths').ProjectPaths;
  /** The validated site settings from `content/_guide.yaml`. */
  export const settings: import('./lib/settings').Settings;
  /** Each lesson's question and flashcard ids (by lesson slug), as validation found them when the build started. */
  export const checksByLesson: Record<string, { questions: string[]; cards: string[] }>;
}
