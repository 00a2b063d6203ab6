import type { Page, Response } from 'playwright-core';

/** The operationName of a GraphQL POST, or null for anything else. */
function operationNameOf(response: Response): string | null {
  const request = response.request();
  if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return null;
  try {
    const body: unknown = request.postDataJSON();
    if (typeof body === 'object' && body !== null && 'operationName' in body && typeof body.operationName === 'string') {
      return body.operationName;
    }
  } catch {
    // Not JSON: not an operation of ours.
  }
  return null;
}

/**
 * Starts waiting for the response of the named GraphQL operation (as the admin app names it,
 * e.g. 'CreateEmployee'). Call before the click that sends it, await after:
 *
 *     const created = waitForOperation(page, 'CreateEmployee');
 *     await save.click();
 *     const body = await created;
 */
export async function waitForOperation(page: Page, operationName: string): Promise<unknown> {
  const response = await page.waitForResponse((r) => operationNameOf(r) === operationName);
  return (await response.json()) as unknown;
}
