/** The overview: the guide's answered and right as a bar and in words, and the count of orphans. */
import type { Summary } from '../../summary';
import { answeredBar } from '../charts';
import { h } from '../dom';
import { count, tallyText } from '../words';

export function overviewView(summary: Summary): Node[] {
  const nodes: Node[] = [answeredBar(summary.tally), h('p', { class: 'mn-dash__figure' }, `${tallyText(summary.tally)}.`)];
  if (summary.orphans > 0) nodes.push(h('p', { class: 'mn-dash__aside' }, count('orphans', summary.orphans)));
  return nodes;
}
