import { authorize } from '../../platform/graphql/authorize';
import type { AppCtx, RequestCtx, SessionInfo } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import type { Tx } from '../../platform/db/unit-of-work';
import { DEFAULT_EXTERNAL_TERMS_TEXT, DEFAULT_TERMS_TEXT, TERMS_MAX_LENGTH } from './default-terms';
import type { TermsAudience } from './terms-audience';
import * as q from './terms.queries';

export interface Terms {
  readonly audience: TermsAudience;
  readonly text: string;
  readonly version: number;
  readonly publishedAt: Date;
  /** True while the account has not written its own terms (the built-in text applies). */
  readonly isDefault: boolean;
}

/** Gatehouse's built-in text for each audience, which applies until the account writes its own. */
export const BUILT_IN_TERMS: Readonly<Record<TermsAudience, string>> = { EMPLOYEES: DEFAULT_TERMS_TEXT, EXTERNAL_USERS: DEFAULT_EXTERNAL_TERMS_TEXT };

/** The terms as people read them: the account's text, or the built-in one. */
export function presentTerms(row: q.TermsRow, audience: TermsAudience = 'EMPLOYEES'): Terms {
  return { audience, text: row.text ?? BUILT_IN_TERMS[audience], version: row.version, publishedAt: row.published_at, isDefault: row.text === null };
}

/** The account's current terms of use for `audience`. */
export async function currentTerms(ctx: AppCtx, accountId: string, audience: TermsAudience = 'EMPLOYEES'): Promise<Terms> {
  const row = await q.findTerms(ctx.read, accountId, audience);
  if (row === null) throw new Error(`account ${accountId} has no terms row`);
  return presentTerms(row, audience);
}

/**
 * Records that the employee accepts the account's current terms (first-run setup, where the
 * admin ticks the box, and invitations, where the person accepts before joining).
 */
export async function acceptCurrentTerms(tx: Tx, accountId: string, employeeId: string, at: Date): Promise<void> {
  const terms = await q.findTermsForShare(tx, accountId);
  if (terms === null) throw new Error(`account ${accountId} has no terms row`);
  await q.recordAcceptance(tx, accountId, employeeId, terms.version, at);
}

/**
 * The viewer accepts the version of the terms they were shown. A version other than the
 * current one (the admin published another meanwhile) is refused: they must read the new text.
 * Accepting the version already accepted changes nothing.
 */
export async function acceptTerms(ctx: AppCtx, session: SessionInfo, input: { version: number }): Promise<void> {
  const { accountId, employeeId } = session.principal;
  await ctx.uow(async (tx) => {
    const terms = await q.findTermsForShare(tx, accountId);
    if (terms === null) throw new Error(`account ${accountId} has no terms row`);
    if (input.version !== terms.version) {
      throw new DomainError('STALE_TERMS_VERSION', 'version', `The terms of use have changed since you opened them: read version ${terms.version} and accept it.`);
    }
    if ((await q.acceptedVersion(tx, accountId, employeeId)) === terms.version) return;
    await q.recordAcceptance(tx, accountId, employeeId, terms.version, ctx.clock());
    await tx.audit({ action: 'employee.terms_accepted', targetId: employeeId, data: { version: terms.version } });
  });
}

/** A terms text as stored: trimmed at the ends, required, bounded. */
function checkTermsText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new DomainError('INVALID_INPUT', 'text', 'Write the terms of use.');
  if (trimmed.length > TERMS_MAX_LENGTH) throw new DomainError('INVALID_INPUT', 'text', `Use at most ${TERMS_MAX_LENGTH.toLocaleString('en')} characters.`);
  return trimmed;
}

/**
 * ACCOUNT_ADMIN only. Either publishes the text as a new version, which everyone of its audience
 * must accept before going on (an employee publishing the employees' terms accepts them by
 * publishing), or corrects the current version (a typo) without asking anyone again. A
 * correction of the built-in text is refused: it would make the account's own terms look
 * already accepted; publish them as a new version instead.
 */
export async function updateTermsOfUse(ctx: RequestCtx, input: { text: string; asNewVersion: boolean; audience?: TermsAudience | null }): Promise<Terms> {
  const principal = authorize(ctx, 'update', 'account');
  const { accountId } = principal;
  const audience = input.audience ?? 'EMPLOYEES';
  const text = checkTermsText(input.text);
  return ctx.uow(async (tx) => {
    const before = await q.findTermsForUpdate(tx, accountId, audience);
    if (before === null) throw new Error(`account ${accountId} has no terms row`);
    if (!input.asNewVersion && before.text === null) {
      throw new DomainError('INVALID_INPUT', 'asNewVersion', 'The account has no terms of its own yet: publish them as a new version.');
    }
    const now = ctx.clock();
    const after = await q.writeTerms(tx, accountId, audience, text, input.asNewVersion, now);
    // Whoever publishes the employees' version has read it and accepts it; everyone else is asked.
    if (input.asNewVersion && audience === 'EMPLOYEES' && principal.kind === 'employee') await q.recordAcceptance(tx, accountId, principal.employeeId, after.version, now);
    await tx.audit({ action: input.asNewVersion ? 'account.terms_published' : 'account.terms_corrected', targetId: accountId, data: { version: after.version, audience } });
    return presentTerms(after, audience);
  });
}

/**
 * The account's current terms version for `audience`, locked against a publication until the
 * caller commits: an acceptance recorded elsewhere (the portal's external users) names the version it saw.
 */
export async function currentTermsVersionForShare(tx: Tx, accountId: string, audience: TermsAudience): Promise<number> {
  const terms = await q.findTermsForShare(tx, accountId, audience);
  if (terms === null) throw new Error(`account ${accountId} has no terms row`);
  return terms.version;
}
