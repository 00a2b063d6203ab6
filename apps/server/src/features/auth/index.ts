import { IdentityEntity } from './identity.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { SigningKeyEntity } from './signing-key.entity';

export { IdentityEntity };
export { login, logout, refreshSession, switchAccount } from './auth.commands';
export { requestPasswordReset, resetPassword, RESET_LIMITS, RESET_TOKEN_TTL_MS } from './password-reset.commands';
export {
  activeMemberships,
  deleteOrphanIdentities,
  findIdentity,
  revokeSessionsOfEmployees,
  setPasswordHash,
  upsertIdentity,
  type Membership,
} from './auth.queries';
export { loadSessionPrincipal } from './principal.queries';
export { PasswordResetResolver } from './password-reset.resolver';
export { startSession } from './session-tokens';
export { loadOrCreateSigningKey } from './signing-key.queries';

/** The tables this feature owns, for the data source. */
export const AUTH_ENTITIES = [IdentityEntity, RefreshTokenEntity, SessionEntity, SigningKeyEntity, PasswordResetTokenEntity];
