import type { InvitationLinkState } from '@gatehouse/contracts';
import { DomainError } from '../../platform/graphql/domain-error';
import type { InvitationLinkRow } from '../employees';

/**
 * The state of a link at `now`. A used link reads USED before anything else (the person is
 * in: sign in); an inactive person's link is dead whatever its age, since a new link would be
 * refused too until they are reactivated.
 */
export function linkState(link: InvitationLinkRow | null, now: Date): InvitationLinkState {
  if (link === null) return 'UNKNOWN';
  if (link.used_at !== null || link.invitation_state === 'ACCEPTED') return 'USED';
  if (link.superseded_at !== null) return 'SUPERSEDED';
  if (!link.is_active) return 'EMPLOYEE_INACTIVE';
  if (link.expires_at.getTime() <= now.getTime()) return 'EXPIRED';
  return 'VALID';
}

const DEAD_LINK_ERRORS: Readonly<Record<Exclude<InvitationLinkState, 'VALID'>, () => DomainError>> = {
  UNKNOWN: () => new DomainError('INVALID_TOKEN', 'token', 'This invitation link is not valid. Check that you opened the whole link from the email.'),
  USED: () => new DomainError('INVITATION_USED', 'token', 'This invitation was already accepted. Sign in with your email and password.'),
  SUPERSEDED: () => new DomainError('INVITATION_SUPERSEDED', 'token', 'A newer invitation was sent to you; use the link in the latest email.'),
  EMPLOYEE_INACTIVE: () => new DomainError('INACTIVE', 'token', 'Your membership of this account is inactive. Ask an administrator of the account.'),
  EXPIRED: () => new DomainError('INVITATION_EXPIRED', 'token', 'This invitation expired. Ask an administrator of the account to send a new one.'),
};

/** The link if it can be accepted at `now`; otherwise the userError saying why not. */
export function usableLink(link: InvitationLinkRow | null, now: Date): InvitationLinkRow {
  const state = linkState(link, now);
  if (state !== 'VALID' || link === null) throw DEAD_LINK_ERRORS[state === 'VALID' ? 'UNKNOWN' : state]();
  return link;
}
