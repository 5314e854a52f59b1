/** Filling the dashboard's parts from the learner's data and the guide's catalogue index. */
import { attemptRows } from '../history';
import { guideIds, summarise, type Index, type Summary } from '../summary';
import { weakestTopics } from '../weakest';
import type { LearnerData } from './data';
import { dueView } from './views/due';
import { examsView } from './views/exams';
import { overviewView } from './views/overview';
import { sectionsView } from './views/sections';
import { weakestView } from './views/weakest';
import { say } from './words';

/**
 * Renders every part into its `[data-slot]` under `root`, and returns the summary (its sections
 * hold the ids each section's reset forgets).
 * @param now ms since the epoch, for the cards due
 */
export function renderDashboard(root: HTMLElement, data: LearnerData, index: Index, base: string, now: number): Summary {
  const summary = summarise(index, data.progress, Object.keys(data.states));
  // Review states of self-checks the guide no longer has are kept, not scheduled here.
  const known = guideIds(index);
  const states = Object.fromEntries(Object.entries(data.states).filter(([id]) => known.has(id)));
  const parts: Record<string, Node[]> = {
    overview: overviewView(summary),
    weakest: weakestView(weakestTopics(index, data.progress), base),
    due: dueView(states, now, base),
    exams: examsView(attemptRows(data.exams.results, index, say('practice')), base),
    sections: sectionsView(summary.sections, base),
  };
  for (const [part, nodes] of Object.entries(parts)) root.querySelector(`[data-slot="${part}"]`)!.replaceChildren(...nodes);
  return summary;
}
