export { InvitationResolver } from './invitation.resolver';
export { ACCEPT_LIMITS } from './accept-invitation.commands';
