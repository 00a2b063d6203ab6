import type { ExternalPrincipal, ModuleKey } from '@gatehouse/access';
import { hashToken, newNumericCode, newToken, safeEqual } from '../../platform/auth/secrets';
import type { AppCtx } from '../../platform/graphql/context';
import { externalItemSummaries, externalItemView, setEntryTickedByExternalUser, type ExternalItemSummaryRow, type ItemViewRow } from '../items';
import { currentTerms, currentTermsVersionForShare, type Terms } from '../terms';
import { maskEmail } from './mask-email';
import * as q from './portal.queries';
import { CODE_DIGITS, CODE_MAX_ATTEMPTS, CODE_MIN_INTERVAL_MS, CODE_TTL_MS, CODES_PER_HOUR, HOUR_MS, SESSION_TTL_MS } from './portal-rules';

/** The use cases of the portal. They take no admin session: the link token or the portal session decides. */

/** What the page of a link shows before verification. */
export interface LinkInfo {
  readonly itemTitle: string;
  readonly module: ModuleKey;
  readonly maskedEmail: string;
  /** True when this browser's portal session is already the link's external user's. */
  readonly verified: boolean;
  readonly itemId: string;
}

/** The code is hashed with the external user's id, so equal codes of two people differ in the table. */
function codeHash(externalUserId: string, code: string): string {
  return hashToken(`${externalUserId}:${code}`);
}

/** The link's item and masked address; null when the link is dead (unassigned, deleted, unknown). */
export async function openLink(ctx: AppCtx, token: string, session: q.PortalSessionRow | null): Promise<LinkInfo | null> {
  const link = await q.findLink(ctx.read, hashToken(token));
  if (link === null) return null;
  return {
    itemTitle: link.item_title,
    module: link.module,
    maskedEmail: maskEmail(link.email),
    verified: session !== null && session.external_user_id === link.external_user_id,
    itemId: link.item_id,
  };
}

export type CodeRequestOutcome = { readonly sent: true } | { readonly sent: false; readonly reason: 'dead_link' } | { readonly sent: false; readonly reason: 'throttled'; readonly retryAfterSeconds: number };

/** How long until the external user may have a new code, given the codes of their last hour (0: now). */
function retryAfterMs(hour: q.RecentCodes, now: Date): number {
  return Math.max(
    hour.newest ? hour.newest.getTime() + CODE_MIN_INTERVAL_MS - now.getTime() : 0,
    hour.n >= CODES_PER_HOUR && hour.oldest ? hour.oldest.getTime() + HOUR_MS - now.getTime() : 0,
  );
}

function throttled(ms: number): CodeRequestOutcome {
  return { sent: false, reason: 'throttled', retryAfterSeconds: Math.ceil(ms / 1000) };
}

/**
 * Emails a new 6-digit code to the link's external user. At most one a minute and ten an hour
 * per external user: the limit is checked and the code written while their row is locked, so
 * parallel requests and other server instances queue behind it and count what it wrote.
 * A request that committed codes already refuse is answered without the lock: codes within the
 * window are never removed, so the locked check would refuse it too, and a refusal (a double tap,
 * or someone hammering a link) then writes nothing.
 */
export async function requestCode(ctx: AppCtx, token: string): Promise<CodeRequestOutcome> {
  const since = (now: Date) => new Date(now.getTime() - HOUR_MS);
  const asked = ctx.clock();
  const link = await q.findLinkWithRecentCodes(ctx.read, hashToken(token), since(asked));
  if (link === null) return { sent: false, reason: 'dead_link' };
  const early = retryAfterMs(link.codes, asked);
  if (early > 0) return throttled(early);
  return ctx.uow(async (tx) => {
    if (!(await q.lockExternalUser(tx, link.account_id, link.external_user_id))) return { sent: false, reason: 'dead_link' } as const;
    const now = ctx.clock();
    const wait = retryAfterMs(await q.codesSince(tx, link.external_user_id, since(now)), now);
    if (wait > 0) return throttled(wait);
    const code = newNumericCode(CODE_DIGITS);
    await q.replaceCodes(tx, {
      accountId: link.account_id,
      externalUserId: link.external_user_id,
      codeHash: codeHash(link.external_user_id, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      forgetBefore: since(now),
    });
    await tx.mail({ accountId: link.account_id, to: link.email, template: 'portal_code', data: { firstName: link.first_name, code, validMinutes: CODE_TTL_MS / 60_000 } });
    return { sent: true } as const;
  });
}

export type VerifyOutcome =
  | { readonly verified: true; readonly sessionToken: string }
  | { readonly verified: false; readonly reason: 'dead_link' | 'no_code' }
  | { readonly verified: false; readonly reason: 'wrong_code'; readonly attemptsLeft: number };

/**
 * Checks a code for the link's external user. The try is counted before the comparison and
 * commits even when wrong; a right code is used once and starts a 24-hour portal session
 * (the raw token goes to the cookie, its hash to the table).
 */
export async function verifyCode(ctx: AppCtx, token: string, code: string): Promise<VerifyOutcome> {
  const link = await q.findLink(ctx.read, hashToken(token));
  if (link === null) return { verified: false, reason: 'dead_link' };
  return ctx.uow(async (tx): Promise<VerifyOutcome> => {
    const now = ctx.clock();
    const attempt = await q.takeCodeAttempt(tx, link.external_user_id, now, CODE_MAX_ATTEMPTS);
    if (attempt === null) return { verified: false, reason: 'no_code' };
    if (!safeEqual(attempt.code_hash, codeHash(link.external_user_id, code.trim()))) {
      const attemptsLeft = CODE_MAX_ATTEMPTS - attempt.attempts;
      if (attemptsLeft === 0) await q.useCode(tx, attempt.id, now);
      return attemptsLeft === 0 ? { verified: false, reason: 'no_code' } : { verified: false, reason: 'wrong_code', attemptsLeft };
    }
    if (!(await q.useCode(tx, attempt.id, now))) return { verified: false, reason: 'no_code' };
    const sessionToken = newToken();
    await q.insertSession(tx, {
      accountId: link.account_id,
      externalUserId: link.external_user_id,
      tokenHash: hashToken(sessionToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
    return { verified: true, sessionToken };
  });
}

/** The live session a cookie's token names, or null. */
export function portalSessionOf(ctx: AppCtx, sessionToken: string | undefined): Promise<q.PortalSessionRow | null> {
  if (!sessionToken) return Promise.resolve(null);
  return q.findSession(ctx.read, hashToken(sessionToken), ctx.clock());
}

/** The principal the access package's item rules take for a portal session. */
export function principalOf(session: q.PortalSessionRow): ExternalPrincipal {
  return { kind: 'external', accountId: session.account_id, externalUserId: session.external_user_id };
}

/** True when the external user has accepted the account's current terms for external users. */
export function hasAcceptedTerms(session: q.PortalSessionRow): boolean {
  return session.terms_accepted_version === session.terms_version;
}

/** What the portal's home shows: who, the terms to accept if any, and their items. */
export async function portalHome(ctx: AppCtx, session: q.PortalSessionRow): Promise<{ terms: Terms | null; items: ExternalItemSummaryRow[] }> {
  if (!hasAcceptedTerms(session)) return { terms: await currentTerms(ctx, session.account_id, 'EXTERNAL_USERS'), items: [] };
  return { terms: null, items: await externalItemSummaries(ctx.read, principalOf(session)) };
}

/** Records acceptance of `version`; false when the account has published another version since. */
export function acceptPortalTerms(ctx: AppCtx, session: q.PortalSessionRow, version: number): Promise<boolean> {
  return ctx.uow(async (tx) => {
    const current = await currentTermsVersionForShare(tx, session.account_id, 'EXTERNAL_USERS');
    if (current !== version) return false;
    await q.recordTermsAcceptance(tx, session.external_user_id, version, ctx.clock());
    return true;
  });
}

/** One of the session's items; null when it is not (or no longer) theirs. */
export function portalItem(ctx: AppCtx, session: q.PortalSessionRow, itemId: string): Promise<ItemViewRow | null> {
  return externalItemView(ctx.read, principalOf(session), itemId);
}

export type TickOutcome = { readonly ok: true; readonly item: ItemViewRow } | { readonly ok: false; readonly reason: 'not_found' | 'closed' };

/** Ticks or unticks an entry as the session's external user, audited under their name. */
export function tickAsExternalUser(ctx: AppCtx, session: q.PortalSessionRow, input: { itemId: string; entryId: string; ticked: boolean }): Promise<TickOutcome> {
  const who = principalOf(session);
  const name = `${session.first_name} ${session.last_name}`;
  return ctx.uow(async (tx): Promise<TickOutcome> => {
    const result = await setEntryTickedByExternalUser(tx, who, name, input);
    if (result.outcome === 'not_found' || result.outcome === 'closed') return { ok: false, reason: result.outcome };
    if (result.outcome === 'ticked') {
      await tx.audit(
        {
          action: input.ticked ? 'item.checklist_ticked' : 'item.checklist_unticked',
          targetId: input.itemId,
          data: { module: result.module, targetName: result.itemTitle, entry: result.entryText, externalUserId: who.externalUserId, externalUserName: name },
        },
        { accountId: who.accountId, employeeId: null },
      );
    }
    const item = await externalItemView(tx, who, input.itemId);
    return item === null ? { ok: false, reason: 'not_found' } : { ok: true, item };
  });
}

/** Ends this browser's portal session. */
export function endPortalSession(ctx: AppCtx, session: q.PortalSessionRow): Promise<void> {
  return ctx.uow((tx) => q.deleteSession(tx, session.session_id));
}

/** Promote to employee: the external user's portal sessions and codes end with the promotion. */
export async function endPortalAccessOnPromotion(tx: Parameters<typeof q.endPortalAccess>[0], handover: { accountId: string; externalUserId: string }): Promise<void> {
  await q.endPortalAccess(tx, handover.accountId, handover.externalUserId);
}
