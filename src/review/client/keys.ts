/**
 * The review widget's keys, as a pure function of the key, where focus is and what the widget
 * shows. As in Anki: Space or Enter shows the answer (or goes on after a question), 1-4 rate.
 * Keys act only inside the widget (WCAG 2.1.4: no single-key shortcut anywhere else), never
 * with a modifier, never while typing, and Space or Enter on a control keep their own meaning.
 */
import type { ReviewRating } from '../ratings';

/**
 * What the widget shows: a card's front, its back (ratings offered), a question being answered,
 * a question answered (rated, "Next item" offered), or no item.
 */
export type ReviewMode = 'front' | 'back' | 'question' | 'answered' | 'idle';

/** What a key does. */
export type ReviewAction = 'reveal' | 'next' | ReviewRating;

/** Where the key was pressed: a text field, another control (button, link, choice), or elsewhere in the widget. */
export type KeyTarget = 'text' | 'control' | 'other';

/** A key press, as much of a `KeyboardEvent` as matters. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: KeyTarget;
}

const DIGITS: Record<string, ReviewRating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/**
 * The action of a key press, or undefined when the key is not the widget's.
 * @example keyAction({ key: ' ', ctrlKey: false, metaKey: false, altKey: false, target: 'other' }, 'front') // 'reveal'
 */
export function keyAction(press: KeyPress, mode: ReviewMode): ReviewAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey || press.target === 'text') return undefined;
  if (press.key === ' ' || press.key === 'Enter') {
    if (press.target === 'control') return undefined;
    if (mode === 'front') return 'reveal';
    return mode === 'answered' ? 'next' : undefined;
  }
  return mode === 'back' ? DIGITS[press.key] : undefined;
}

/** The keys the widget answers to in a mode, for `aria-keyshortcuts` (empty: none). */
export function shortcutsOf(mode: ReviewMode): string {
  if (mode === 'front' || mode === 'answered') return 'Space Enter';
  return mode === 'back' ? '1 2 3 4' : '';
}

const TEXT_INPUTS = /^(text|search|number|email|url|tel|password)$/;

/** Where in the page a key was pressed, from its target element. */
export function keyTarget(element: Element | null): KeyTarget {
  if (!element) return 'other';
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement || (element as HTMLElement).isContentEditable) return 'text';
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.test(element.type) ? 'text' : 'control';
  return element.closest('button, a[href], summary, label') ? 'control' : 'other';
}
