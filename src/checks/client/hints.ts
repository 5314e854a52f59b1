/**
 * Progressive hints: with JavaScript, one button reveals a question's hints one at a time,
 * in order, and the live region reads each out. Without it they are separate disclosures.
 */
import lang from 'virtual:mnemo/lang';
import { format, text } from '../../i18n/format';
import { hintLabel, type QuestionUi } from './view-state';

/**
 * Sets up the hints of `root`, if it has any; `say` announces a revealed hint. Returns how
 * many hints the learner has seen so far.
 */
export function setupHints(root: HTMLElement, say: (message: string) => void, ui: QuestionUi): () => number {
  const box = root.querySelector<HTMLElement>('.mn-hints');
  if (!box) return () => 0;
  const button = box.querySelector('button')!;
  const hints = [...box.querySelectorAll('details')];
  let shown = 0;
  const update = () => {
    button.textContent = hintLabel(shown, hints.length, ui, lang);
    // aria-disabled rather than disabled: the button keeps focus after the last hint.
    button.setAttribute('aria-disabled', String(shown >= hints.length));
  };
  for (const hint of hints) hint.hidden = true;
  button.addEventListener('click', () => {
    const hint = hints[shown];
    if (!hint) return;
    shown++;
    hint.hidden = false;
    hint.open = true;
    update();
    say(format(text(ui.hintSaid), { label: hint.querySelector('summary')!.textContent ?? '', text: hint.querySelector('.mn-hint__body')!.textContent!.trim() }));
  });
  update();
  button.hidden = false;
  return () => shown;
}
