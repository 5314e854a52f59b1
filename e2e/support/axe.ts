import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it: the standard every page and state is held to. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe finds against WCAG 2.2 AA on the page as it is now. */
export async function axeViolations(page: Page) {
  // Only violations are read: axe then skips listing every node that passes, most of its time
  // on a big page. `options` replaces what `withTags` set, so it comes first.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_22_AA).analyze();
  return violations;
}
