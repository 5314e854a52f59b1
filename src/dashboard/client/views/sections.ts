/**
 * Every section and lesson with self-checks: a bar and the counts in words, a link to each,
 * and a reset for each section.
 */
import type { SectionRow, Tally } from '../../summary';
import { answeredBar } from '../charts';
import { h } from '../dom';
import { say, tallyText } from '../words';

const figures = (tally: Tally) => [answeredBar(tally), h('span', { class: 'mn-dash__figure' }, tallyText(tally))];

export function sectionsView(sections: readonly SectionRow[], base: string): Node[] {
  return sections.map((section) => {
    const title = section.slug ? section.title || section.slug : say('topLessons');
    return h(
      'div',
      { class: 'mn-dash__section', 'data-section': section.slug },
      h('h3', {}, section.slug ? h('a', { href: `${base}${section.slug}/` }, title) : title),
      h('div', { class: 'mn-dash__row' }, ...figures(section.tally)),
      h(
        'ul',
        { class: 'mn-dash__lessons' },
        ...section.lessons.map((lesson) => h('li', { class: 'mn-dash__row' }, h('a', { href: `${base}${lesson.slug}/` }, lesson.title), ...figures(lesson.tally))),
      ),
      h('button', { type: 'button', class: 'mn-button', 'data-action': 'reset-section', 'data-section': section.slug, 'aria-haspopup': 'dialog' }, say('resetSection', { title })),
    );
  });
}
