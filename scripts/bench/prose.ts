/**
 * Plausible study-guide prose for generated lessons: sentences assembled from templates and a
 * topic's terms. The text only has to read like a lesson (sentence lengths, vocabulary, inline
 * markup) so that parsing, rendering and indexing cost what real lessons cost.
 */
import type { Random } from './random.ts';
import { ACTORS, QUALITIES, SITUATIONS, VERBS, type Topic } from './topics.ts';

type Sentence = (r: Random, topic: Topic) => string;

const term = (r: Random, topic: Topic): string => r.pick(topic.terms);
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const SENTENCES: readonly Sentence[] = [
  (r, t) => `In practice, ${t.name} ${r.pick(VERBS)} the ${r.pick(QUALITIES)} of a system more than most teams expect.`,
  (r, t) => `The ${term(r, t)} is usually the first thing ${r.pick(ACTORS)} checks ${r.pick(SITUATIONS)}.`,
  (r, t) => `A common mistake is to tune the **${term(r, t)}** once and never revisit it as traffic grows.`,
  (r, t) => `When the ${term(r, t)} and the ${term(r, t)} disagree, trust the measurement, not the configuration file.`,
  (r, t) => `${cap(r.pick(ACTORS))} should be able to explain why the ${term(r, t)} has the value it has.`,
  (r, t) => `Most outages involving ${t.name} start small: a slow dependency, a missed alert, or a default nobody questioned.`,
  (r, t) => `Measure the ${r.pick(QUALITIES)} before and after every change, because intuition about ${t.name} is often wrong.`,
  (r, t) => `The trade-off is simple to state and hard to live with: better ${r.pick(QUALITIES)} usually costs ${r.pick(QUALITIES)}.`,
  (r, t) => `Write the expected ${term(r, t)} into the runbook, next to the command that shows its current value.`,
  (r, t) => `Teams that automate ${t.name} early spend far less time on it ${r.pick(SITUATIONS)}.`,
  (r, t) => `Think of the ${term(r, t)} as a contract between the service and ${r.pick(ACTORS)}.`,
  (r, t) => `The setting called \`${term(r, t).replace(/\s+/g, '_')}\` is the one most often copied between services without thought.`,
  (r, t) => `Dashboards for ${t.name} should show the ${term(r, t)} alongside ${r.pick(QUALITIES)}, not on a separate page.`,
  (r, t) => `It is tempting to treat ${t.name} as solved once it works in staging; production traffic is rarely that polite.`,
  (r, t) => `A good review asks what happens to the ${term(r, t)} ${r.pick(SITUATIONS)}.`,
  (r, t) => `Document every exception to the default ${term(r, t)}, with the reason and an owner.`,
  (r, t) => `Small, reversible changes to ${t.name} are cheaper than one large, careful change.`,
  (r, t) => `If nobody can say who owns the ${term(r, t)}, then in practice nobody does.`,
  (r) => `About ${r.int(2, 9)} in 10 incidents of this kind are found by customers before the alerts fire.`,
  (r, t) => `The ${term(r, t)} interacts with the ${term(r, t)} in ways that only show up under load.`,
  (r, t) => `Keep the *why* next to the *what*: a comment beside the ${term(r, t)} saves the next person an hour.`,
  (r, t) => `Over a year, the cost of ignoring ${t.name} grows faster than the traffic that exposes it.`,
  (r, t) => `A load test that never exercises the ${term(r, t)} tells you very little about ${t.name}.`,
  (r, t) => `Vendors describe ${t.name} with different words, but the ${term(r, t)} means the same thing everywhere.`,
];

const HEADINGS: readonly Sentence[] = [
  (r, t) => `Why the ${term(r, t)} matters`,
  (r, t) => `How ${t.name} behaves under load`,
  (r, t) => `Choosing a ${term(r, t)}`,
  (r, t) => `Common failure modes`,
  (r, t) => `Observing the ${term(r, t)}`,
  (r, t) => `${cap(t.name)} in the runbook`,
  (r, t) => `Trade-offs and defaults`,
  (r, t) => `When the ${term(r, t)} goes wrong`,
];

/** One sentence about `topic`. */
export function sentence(r: Random, topic: Topic): string {
  return r.pick(SENTENCES)(r, topic);
}

/** A paragraph of `min` to `max` sentences. */
export function paragraph(r: Random, topic: Topic, min = 3, max = 5): string {
  return Array.from({ length: r.int(min, max) }, () => sentence(r, topic)).join(' ');
}

/** `count` distinct section headings for one lesson. */
export function headings(r: Random, topic: Topic, count: number): string[] {
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(r.pick(HEADINGS)(r, topic));
  return [...chosen];
}
