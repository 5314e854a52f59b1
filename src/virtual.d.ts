declare module 'virtual:mnemo/project' {
  /** Where the guide is read from and the site written to. */
  export const paths: import('./lib/paths').ProjectPaths;
  /** The validated site settings from `content/_guide.yaml`. */
  export const settings: import('./lib/settings').Settings;
}

declare module 'virtual:mnemo/checks' {
  /** Each lesson's question and flashcard ids (by lesson slug), as the build found them. */
  export const checksByLesson: Record<string, { questions: string[]; cards: string[] }>;
}
