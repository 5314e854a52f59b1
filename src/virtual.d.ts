declare module 'virtual:mnemo/project' {
  /** Where the guide is read from and the site written to. */
  export const paths: import('./lib/paths').ProjectPaths;
  /** The validated site settings from `content/_guide.yaml`. */
  export const settings: import('./lib/settings').Settings;
  /** Every interface string, in the guide's language with its overrides. */
  export const ui: import('./i18n/en').UiStrings;
}

declare module 'virtual:mnemo/checks' {
  /** Each lesson's question and flashcard ids (by lesson slug), as the build found them. */
  export const checksByLesson: Record<string, { questions: string[]; cards: string[] }>;
}

/** One group of interface strings for browser scripts, e.g. `import ui from 'virtual:mnemo/ui/question'`. */
declare module 'virtual:mnemo/ui/question' {
  const strings: import('./i18n/en').UiGroup<'question'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/card' {
  const strings: import('./i18n/en').UiGroup<'card'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/progress' {
  const strings: import('./i18n/en').UiGroup<'progress'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/page' {
  const strings: import('./i18n/en').UiGroup<'page'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/search' {
  const strings: import('./i18n/en').UiGroup<'search'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/learner' {
  const strings: import('./i18n/en').UiGroup<'learner'>;
  export default strings;
}
declare module 'virtual:mnemo/lang' {
  /** The guide's language (BCP 47). */
  const lang: string;
  export default lang;
}
