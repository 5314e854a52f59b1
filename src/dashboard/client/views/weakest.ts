/** The weakest topics, each linked to where to study it. */
import { MIN_ANSWERS, type Topic } from '../../weakest';
import { h } from '../dom';
import { percent, say } from '../words';

export function weakestView(topics: readonly Topic[], base: string): Node[] {
  if (!topics.length) return [h('p', {}, say('weakestNone', { min: MIN_ANSWERS }))];
  return [
    h(
      'ol',
      { class: 'mn-dash__topics' },
      ...topics.map((topic) =>
        h(
          'li',
          {},
          h('a', { href: `${base}${topic.link}/` }, topic.title),
          ` (${say(topic.kind === 'section' ? 'weakestSection' : 'weakestTag')}): `,
          say('weakestShare', { right: topic.right, answers: topic.answers, percent: percent(topic.right, topic.answers) }),
        ),
      ),
    ),
  ];
}
