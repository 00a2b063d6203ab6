import type { Locator, Page } from 'playwright-core';

/**
 * How far the page reaches past the window sideways, in CSS pixels (0: nothing scrolls
 * sideways). Toasts that slide out may stick out of a phone's screen for a moment, so the
 * page is measured once they have gone.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The elements whose right edge passes the window, widest first: what to fix when a page overflows. */
function elementsPastTheWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ right }) => right > width)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ el, right }) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right edge ${right.toFixed(2)} px of ${width}`);
  });
}

/**
 * Nothing pushes the page sideways: wide content scrolls inside its own container or folds.
 * Right after a resize the app may render once more for the new width (media-query hooks
 * run after layout), so the page has a moment to settle before an overflow counts.
 */
export async function expectNoSidewaysScroll(page: Page, settleMs = 3_000): Promise<void> {
  const deadline = Date.now() + settleMs;
  let overflow = await sidewaysOverflow(page);
  while (overflow > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    overflow = await sidewaysOverflow(page);
  }
  if (overflow > 0) throw new Error(`the page scrolls sideways by ${overflow} px:\n${(await elementsPastTheWindow(page)).join('\n')}`);
}

/**
 * The texts inside `scope` that are cut short (an ellipsis, or hidden overflow): a label a
 * person cannot read whole. Elements that show their full text on hover (`title`) may be
 * cut on purpose, so they are left out.
 */
export function clippedTexts(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((el) => el instanceof HTMLElement && el.childElementCount === 0 && (el.textContent ?? '').trim() !== '')
      .filter((el) => !el.closest('[title]') && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => (el.textContent ?? '').trim()),
  );
}
