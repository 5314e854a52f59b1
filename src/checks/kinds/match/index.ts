/** Matching questions: `<Pair prompt="...">answer</Pair>`s, each prompt matched to an answer. */
import { RENDERERS } from '../renderers';
import type { QuestionKindModule } from '../types';
import { matchAttempts, matchKeyText } from './attempts';
import { readPairs } from './read';

/** The module of the `match` kind. */
export const match: QuestionKindModule<'match', string[]> = {
  component: 'Pair',
  read: readPairs,
  render: RENDERERS.match,
  keyText: matchKeyText,
  attempts: matchAttempts,
};
