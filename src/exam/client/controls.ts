/**
 * Saving and restoring an answer from its form controls, for question kinds that do not save
 * their own (`AnswerPart.response`): each input, select and text area, in document order, as
 * its checked state or value. An exam draws each question's shuffled order from its seed, so
 * the controls come back in the same order after a reload.
 */

const CONTROLS = 'input, select, textarea';
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isToggle = (control: Control): control is HTMLInputElement =>
  control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');

/** The answer in `root`'s controls: `true`/`false` for checkboxes and radios, the value of others. */
export function readControls(root: HTMLElement): (string | boolean)[] {
  return [...root.querySelectorAll<Control>(CONTROLS)].map((control) => (isToggle(control) ? control.checked : control.value));
}

/**
 * Puts a `readControls` answer back. One that does not fit (another number of controls, a
 * value of the wrong type: the question changed since) is left out rather than half applied.
 */
export function restoreControls(root: HTMLElement, saved: unknown): void {
  const controls = [...root.querySelectorAll<Control>(CONTROLS)];
  if (!Array.isArray(saved) || saved.length !== controls.length) return;
  if (!controls.every((control, n) => typeof saved[n] === (isToggle(control) ? 'boolean' : 'string'))) return;
  controls.forEach((control, n) => {
    if (isToggle(control)) control.checked = saved[n] as boolean;
    else control.value = saved[n] as string;
  });
}
