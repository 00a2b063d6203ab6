export { upsertIdentity, deleteOrphanIdentities, revokeSessionsOfEmployees } from './auth.queries';
export { loadSessionPrincipal } from './principal.queries';
export { loadOrCreateSigningKey } from './signing-key.queries';
export { startSession } from './session-tokens';
