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
declare module 'virtual:mnemo/ui/kinds' {
  const strings: import('./i18n/en').UiGroup<'kinds'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/review' {
  const strings: import('./i18n/en').UiGroup<'review'>;
  export default strings;
}
/** The guide's review configuration: storage keys, settings, language (src/review/config.ts). */
declare module 'virtual:mnemo/review' {
  type Config = import('./review/config').ReviewConfig;
  export const base: Config['base'];
  export const progressKey: Config['progressKey'];
  export const reviewKey: Config['reviewKey'];
  export const newPerDay: Config['newPerDay'];
  export const retention: Config['retention'];
  export const shuffle: Config['shuffle'];
  export const lang: Config['lang'];
}
/** The URL of a review module loaded on demand (src/integrations/review-modules.ts). */
declare module 'virtual:mnemo/review-module/watch' {
  /** The header's due count and review state following progress (src/review/client/watch.ts). */
  const url: string;
  export default url;
}
declare module 'virtual:mnemo/review-module/sync' {
  /** Folding lesson-page results into the schedule, and following resets (src/review/client/sync.ts). */
  const url: string;
  export default url;
}
declare module 'virtual:mnemo/review-module/scheduler' {
  /** The review page's scheduling, with ts-fsrs (src/review/client/scheduler.ts). */
  const url: string;
  export default url;
}
declare module 'virtual:mnemo/review-module/question' {
  /** Rendering a due question on the review page (src/review/client/question-item.ts). */
  const url: string;
  export default url;
}
declare module 'virtual:mnemo/ui/saving' {
  const strings: import('./i18n/en').UiGroup<'saving'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/dashboard' {
  const strings: import('./i18n/en').UiGroup<'dashboard'>;
  export default strings;
}
declare module 'virtual:mnemo/ui/print' {
  const strings: import('./i18n/en').UiGroup<'print'>;
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
declare module 'virtual:mnemo/ui/exam' {
  const strings: import('./i18n/en').UiGroup<'exam'>;
  export default strings;
}
