/**
 * Adds a copy button to the bar of every code block (the frame and its bar are written at
 * build time: src/lib/markdown/code-frame.ts). The buttons only exist with JavaScript, since
 * copying needs it; without it the code can still be selected by hand.
 */
import ui from 'virtual:mnemo/ui/page';
import { format, text } from '../i18n/format';

function copyText(pre: HTMLPreElement): string {
  return [...pre.querySelectorAll('.line')].map((line) => line.textContent ?? '').join('\n') || pre.innerText;
}

for (const frame of document.querySelectorAll<HTMLElement>('.mn-content .mn-code')) {
  const pre = frame.querySelector('pre');
  const bar = frame.querySelector('.mn-code__bar');
  if (!pre || !bar) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'mn-button mn-copy';
  button.textContent = text(ui.copy);
  const language = pre.dataset.language;
  button.setAttribute('aria-label', language && language !== 'plaintext' ? format(text(ui.copyLanguage), { language }) : text(ui.copyCode));
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(copyText(pre));
      button.textContent = text(ui.copied);
    } catch {
      button.textContent = text(ui.copyFailed);
    }
    setTimeout(() => (button.textContent = text(ui.copy)), 2000);
  });
  bar.append(button);
}
