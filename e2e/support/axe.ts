import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe finds on the page as it is now, with every rule it has: WCAG 2.2 A and AA, and its
 * best practices (unique landmarks, one main heading, heading order, ...), in whichever theme
 * the page is shown. Only violations are read: axe then skips listing every node that passes,
 * most of its time on a big page.
 */
export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations;
}
