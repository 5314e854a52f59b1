/**
 * Asking before a reset, in the dashboard's one native modal dialog: it traps focus, closes on
 * Escape, and returns focus to the button that opened it.
 */

/** Opens `dialog` with a title, a text and the confirming button's label; true when confirmed. */
export function confirmIn(dialog: HTMLDialogElement, title: string, text: string, action: string): Promise<boolean> {
  dialog.querySelector('h2')!.textContent = `${title}?`;
  dialog.querySelector('p')!.textContent = text;
  dialog.querySelector('button[value="confirm"]')!.textContent = action;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
}
