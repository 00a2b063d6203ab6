import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, tap, throwError } from 'rxjs';
import type { RefreshSession } from '../lib/session-refresh';

export interface ErrorLinkOptions {
  readonly refreshSession: RefreshSession;
  /** Called when the session cannot be refreshed: the person must log in again. */
  readonly onSessionExpired: () => void;
  /** Called when the account published terms of use the person has not accepted yet. */
  readonly onTermsNotAccepted: () => void;
  /** Shows one toast for a top-level error. */
  readonly notify: (title: string, message: string) => void;
}

type GraphQLErrorList = readonly { readonly extensions?: Readonly<Record<string, unknown>> }[] | undefined;

const hasUnauthenticated = (errors: GraphQLErrorList): boolean =>
  errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ?? false;

function isUnauthenticated(error: ErrorLike): boolean {
  return CombinedGraphQLErrors.is(error) && hasUnauthenticated(error.errors);
}

/** The toast text for an error no component handles (a top-level error such as UNAUTHENTICATED or FORBIDDEN). */
export function describeTopLevelError(error: ErrorLike): { title: string; message: string } {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    const requestId = first?.extensions?.['requestId'];
    if (code === 'FORBIDDEN') return { title: 'Not allowed', message: 'You are not allowed to do that.' };
    const suffix = typeof requestId === 'string' ? ` (request ${requestId})` : '';
    return { title: 'Something went wrong', message: `${first?.message ?? error.message}${suffix}` };
  }
  return { title: 'Cannot reach Gatehouse', message: 'Check your connection and try again.' };
}

/**
 * The one place top-level errors are handled: an expired access token
 * is refreshed once and the operation retried; anything else becomes a toast.
 */
export function createErrorLink({ refreshSession, onSessionExpired, onTermsNotAccepted, notify }: ErrorLinkOptions): ErrorLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'TERMS_NOT_ACCEPTED')) {
      // Not a failure to report: the app shows the new terms to accept instead of the page.
      onTermsNotAccepted();
      return;
    }
    if (isUnauthenticated(error)) {
      // The retry's own result does not come back through this handler, so a
      // second UNAUTHENTICATED (say, the person was inactivated) is caught here.
      const retry = () =>
        forward(operation).pipe(
          tap((result) => {
            if (hasUnauthenticated(result.errors)) onSessionExpired();
          }),
        );
      return from(refreshSession()).pipe(
        mergeMap((refreshed) => {
          if (refreshed) return retry();
          onSessionExpired();
          return throwError(() => error);
        }),
      );
    }
    const { title, message } = describeTopLevelError(error);
    notify(title, message);
  });
}
