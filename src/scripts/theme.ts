/** The reader's theme choice, shared by every guide on this origin. */
const KEY = 'mnemo:theme';
type Theme = 'system' | 'light' | 'dark';

function stored(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** `<mnemo-theme>` wraps a native select; it stays hidden without JavaScript (the system theme applies). */
class MnemoTheme extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = stored();
    select.addEventListener('change', () => {
      const theme = select.value as Theme;
      try {
        if (theme === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, theme);
      } catch {
        // Storage may be unavailable (private mode); the choice still applies to this page.
      }
      apply(theme);
    });
    this.hidden = false;
  }
}
customElements.define('mnemo-theme', MnemoTheme);
