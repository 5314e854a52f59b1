import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/lib/settings';
import { ContentError } from '../../../src/lib/problems';
import { resolveStrings } from '../../../src/i18n';
import { makeGuide } from './helpers';

const load = (yaml: string) => {
  const { root, content } = makeGuide({ '_guide.yaml': yaml });
  return loadSettings(content, root, {});
};
/** The build's report for a `_guide.yaml`, one line per problem and fix. */
const report = (yaml: string) => {
  try {
    load(yaml);
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').filter(Boolean).slice(1);
    throw error;
  }
  throw new Error('expected a ContentError');
};

describe('`ui:` in _guide.yaml', () => {
  it('overrides single strings over the language file, plural forms included', () => {
    const settings = load(
      [
        'title: Guía',
        'lang: es',
        'ui:',
        '  question:',
        '    check: Enviar',
        '  page:',
        '    lessonCount:',
        '      one: "{count} tema"',
        '      other: "{count} temas"',
        '    themeDark: 2024',
      ].join('\n'),
    );
    const ui = resolveStrings(settings.lang, settings.ui);
    expect(ui.question.check).toBe('Enviar');
    expect(ui.question.tryAgain).toBe('Volver a intentarlo');
    expect(ui.page.lessonCount).toEqual({ one: '{count} tema', other: '{count} temas' });
    expect(ui.page.themeDark).toBe('2024');
  });

  it('names an unknown group or string with its line and the name it likely misspells', () => {
    expect(report('title: G\nui:\n  questoin:\n    check: Go\n  card:\n    agian: Once more\n  nav:\n    x: y\n')).toEqual([
      'content/_guide.yaml:3:3: Unknown group of interface strings `ui.questoin`.',
      '    -> Did you mean `question`? Write `question:`.',
      'content/_guide.yaml:6:5: Unknown interface string `ui.card.agian`.',
      '    -> Did you mean `again`? Write `again:`.',
      'content/_guide.yaml:7:3: Unknown group of interface strings `ui.nav`.',
      '    -> The groups are question, card, progress, page, search, kinds, exam, review, saving, dashboard, print, learner.',
    ]);
  });

  it('lists the strings of a group when nothing is close', () => {
    const [message, fix] = report('title: G\nui:\n  progress:\n    zzzzzzzz: x\n');
    expect(message).toBe('content/_guide.yaml:4:5: Unknown interface string `ui.progress.zzzzzzzz`.');
    expect(fix).toBe('    -> The strings of `progress` are questionsRight, cardsKnown, resetLesson, resetAll, resetLessonText, resetAllText, resetLessonDone, resetAllDone, cancel, listSeparator, sentenceEnd, badgeSeparator.');
  });

  it('refuses values Mnemo never fills in, empty text, and plural forms where there is no count', () => {
    expect(report('title: G\nui:\n  question:\n    hintOf: "Hint {n} of {totl}"\n    check: ""\n    tryAgain: { one: a, other: b }\n')).toEqual([
      'content/_guide.yaml:4:5: `ui.question.hintOf` uses `{totl}`, which Mnemo does not fill in here.',
      '    -> This string can use {n}, {total}.',
      'content/_guide.yaml:5:5: `ui.question.check` cannot be empty.',
      "    -> Write the text, or leave `ui.question.check` out to keep Mnemo's wording.",
      'content/_guide.yaml:6:5: `ui.question.tryAgain` is one text, not plural forms.',
      '    -> Write it as text, e.g. `tryAgain: Try again`.',
    ]);
  });

  it('checks plural forms: known categories, an `other` form, text in each', () => {
    expect(report('title: G\nui:\n  page:\n    lessonCount:\n      one: "{count} unit"\n      manny: "{count} units"\n      few: [a]\n')).toEqual([
      'content/_guide.yaml:4:5: `ui.page.lessonCount` has no `other` form.',
      '    -> Add the form for every count the others leave out, e.g. `other: {count} lessons`.',
      'content/_guide.yaml:6:7: `manny` is not a plural category.',
      '    -> Did you mean `many`?',
      'content/_guide.yaml:7:7: `ui.page.lessonCount.few` cannot be a list.',
      '    -> Write the text, e.g. `few: {count} lessons`.',
    ]);
  });

  it('reports `ui` that is not a mapping together with the other settings’ problems', () => {
    expect(report('title: G\nui: Submit\nshufle: true\n')).toEqual([
      'content/_guide.yaml:2:1: The setting `ui` cannot be the text "Submit".',
      '    -> Write a group, then its strings, indented: `ui:`, then `  question:`, then `    check: Submit`.',
      'content/_guide.yaml:3:1: Unknown setting `shufle`.',
      '    -> Did you mean `shuffle`? Write `shuffle:`.',
    ]);
  });
});
