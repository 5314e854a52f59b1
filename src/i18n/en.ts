/**
 * Every interface string of a guide in English: the reference language, complete by
 * definition. Other languages are files of the same shape; a guide may override any string
 * in `_guide.yaml` under `ui:` (see `resolveStrings`).
 *
 * Grouped by where the strings are used, so that a page's script bundles only its group
 * (`virtual:mnemo/ui/<group>`). `{name}` is replaced by a value; a `Plural` picks its form
 * with `Intl.PluralRules` of the guide's language, `{count}` being the number.
 * `npm run verify` reads these too (through the built guide), so a wording change here can
 * never break the verifier.
 */
import type { Plural } from './format';

const plural = (one: string, other: string): Plural => ({ one, other });

export const en = {
  /** Self-check questions: labels, buttons, marks and announcements. */
  question: {
    kindSingle: 'Self-check: choose one answer.',
    kindMultiple: 'Self-check: select all that apply.',
    kindText: 'Self-check: type your answer.',
    kindNumber: 'Self-check: type a number.',
    check: 'Check',
    tryAgain: 'Try again',
    answerAgain: 'Answer again',
    showAnswer: 'Show answer',
    showKey: 'Show the answer',
    showKeyAndExplanation: 'Show the answer and explanation',
    answerKey: 'Answer key',
    keyCorrect: 'Correct: ',
    keyIncorrect: 'Incorrect: ',
    keyAnswer: 'Answer: ',
    yourAnswer: 'Your answer',
    yourNumber: 'Your answer (a number)',
    markRight: 'Correct.',
    markWrong: 'Not right.',
    verdictRight: 'Correct',
    verdictWrong: 'Incorrect',
    verdictYours: '{verdict}, your choice.',
    verdictOnly: '{verdict}.',
    saidRight: 'Correct.',
    saidRevealed: 'Answer shown.',
    saidExplanation: ' The explanation follows.',
    saidWrongSingle: 'Not quite: your choice is marked with its feedback. Try again, or show the answer.',
    saidWrongMultiple: 'Not quite: that is not exactly the right set. Your choices are marked. Try again, or show the answer.',
    saidWrong: 'Not quite. Try again, or show the answer.',
    emptySingle: 'Choose an answer first.',
    emptyMultiple: 'Select at least one choice first.',
    emptyText: 'Type an answer first.',
    emptyNumber: 'Type a number first, for example 12.5.',
    notANumber: 'That is not a number. Type digits, for example 12.5.',
    earlierRight: 'Last time: answered correctly.',
    earlierWrong: 'Last time: not yet answered correctly.',
    earlierRevealed: 'Last time: answer shown.',
    hint: 'Hint',
    hintOf: 'Hint {n} of {total}',
    showHint: 'Show a hint',
    showHintOf: 'Show hint {n} of {total}',
    hintShown: 'Hint shown',
    allHintsShown: 'All hints shown',
    hintSaid: '{label}: {text}',
  },
  /** Flashcards and decks. */
  card: {
    label: 'Flashcard',
    showBack: 'Show the back',
    hideBack: 'Hide the back',
    ask: 'Did you recall it?',
    again: 'Again',
    got: 'Got it',
    ratedAgain: 'again',
    ratedGot: 'got it',
    earlier: 'Last time: {rating}.',
    rated: 'Rated “{rating}”. “Got it” {got} of {total} times.',
    deck: 'Flashcards',
    deckNamed: 'Flashcards: {title}',
    previous: 'Previous card',
    next: 'Next card',
    position: 'Card',
  },
  /** Progress badges, sentences and resets. */
  progress: {
    questionsRight: plural('{right} of {count} self-check answered correctly', '{right} of {count} self-checks answered correctly'),
    cardsKnown: plural('{known} of {count} flashcard marked “got it”', '{known} of {count} flashcards marked “got it”'),
    resetLesson: 'Reset this lesson',
    resetAll: 'Reset all progress',
    resetLessonText: 'Your results and flashcard ratings for this lesson will be forgotten. This cannot be undone.',
    resetAllText: 'Your results and flashcard ratings for every lesson of this guide will be forgotten. This cannot be undone.',
    resetLessonDone: 'Progress for this lesson was reset.',
    resetAllDone: 'All progress was reset.',
    cancel: 'Cancel',
    listSeparator: '; ',
    sentenceEnd: '.',
    badgeSeparator: ', ',
  },
  /** Page chrome: header, navigation, footer, home, 404. */
  page: {
    skip: 'Skip to content',
    lessons: 'Lessons',
    breadcrumbs: 'Breadcrumbs',
    onThisPage: 'On this page',
    pager: 'Previous and next lesson',
    previous: 'Previous',
    next: 'Next',
    earlierLessons: plural('{count} earlier lesson', '{count} earlier lessons'),
    moreLessons: plural('{count} more lesson', '{count} more lessons'),
    footer: '{title}: built with Mnemo.',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    homeMeta: '{lessons} in {sections}.',
    lessonCount: plural('{count} lesson', '{count} lessons'),
    sectionCount: plural('{count} section', '{count} sections'),
    start: 'Start with “{title}”',
    notFound: 'Page not found',
    notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    notFoundHome: 'Go to the start of {title}',
    browse: 'Browse the guide',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed',
    copyCode: 'Copy code',
    copyLanguage: 'Copy {language} code',
  },
  /** The search button and dialog. */
  search: {
    open: 'Search',
    title: 'Search {title}',
    label: 'Search lessons, questions and flashcards',
    close: 'Close',
    section: 'Section',
    allSections: 'All sections',
    results: 'Search results',
    help: 'move · {enter} open · {esc} close',
    kindLesson: 'Lesson',
    kindHeading: 'Heading',
    kindQuestion: 'Question',
    kindFlashcard: 'Flashcard',
    more: 'Show more results',
    showing: 'Showing {shown} of {total} lessons.',
    found: plural('{count} lesson found.', '{count} lessons found.'),
    none: 'No results for “{query}”.',
    unavailable: 'Search is unavailable: the search index could not be loaded.',
    unavailableDev: 'Search needs a built site: the dev server has no search index. Run npm run build, then npm run preview.',
    inLesson: 'in {title}',
  },
  /**
   * What a learner is told beyond the plain verdict: announcements that say what a sighted
   * learner sees (the right choices once shown, how many picks were wrong), the note when
   * capitals count.
   */
  learner: {
    quoted: '“{text}”',
    revealedOne: 'Answer shown. The right answer is {answer}.',
    revealedMany: 'Answer shown. The right answers are {answers}.',
    revealedTyped: 'Answer shown. The expected answer is {answer}.',
    wrongPicks: plural(
      'Not quite: {count} of your choices is wrong. Your choices are marked. Try again, or show the answer.',
      'Not quite: {count} of your choices are wrong. Your choices are marked. Try again, or show the answer.',
    ),
    missingPicks: 'Not quite: the choices you picked are right, but not all the right ones are picked. Try again, or show the answer.',
    wrongCapitals: 'Not quite: capitals count in this answer, and yours differ. Try again, or show the answer.',
    markCapitals: 'Not right: capitals count here.',
  },
};

/** The shape every language file has: the English groups, every string as text or plural forms. */
export type UiStrings = { [G in keyof typeof en]: { [K in keyof (typeof en)[G]]: string | Plural } };
/** One group of strings, e.g. `UiGroup<'question'>`. */
export type UiGroup<G extends keyof UiStrings> = UiStrings[G];
