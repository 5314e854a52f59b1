/**
 * The scripts pages carry inline, as text, so the integration can declare each one's hash
 * in the Content-Security-Policy (a host that serves the policy as a header would block any
 * other), and the layout renders exactly that text.
 */

/**
 * Applies the reader's stored theme before the first paint, or the page would flash the other
 * theme. Inline on purpose: it must run before the stylesheets paint.
 */
export const THEME_SCRIPT = "try{var t=localStorage.getItem('mnemo:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** Every inline script of the layout. */
export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];
