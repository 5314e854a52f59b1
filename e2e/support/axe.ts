import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it: the standard every page and state is held to. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe finds against WCAG 2.2 AA on the page as it is now. */
export async function axeViolations(page: Page) {
  // Only violations are read: axe then skips listing every node that passes, most of its time
  // on a big page. `options` replaces what `withTags` set, so it comes first.
  // In the dark theme only colours differ from the light one (same page, same states), so
  // only the colour rules run there; the light theme's scan covers the rest.
  const dark = await page.evaluate(() => document.documentElement.dataset.theme === 'dark' || (!document.documentElement.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches));
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (dark ? builder.withRules(['color-contrast', 'link-in-text-block']) : builder.withTags(WCAG_22_AA)).analyze();
  return violations;
}
