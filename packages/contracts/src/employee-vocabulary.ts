/** Where an employee is in the invitation flow. */
export const INVITATION_STATES = ['NOT_INVITED', 'INVITED', 'ACCEPTED'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** An invitation link works for this many days after it is sent, and once. */
export const INVITATION_VALID_DAYS = 7;

/**
 * What an invitation link is when someone opens it: usable, or the one reason it is dead.
 * SUPERSEDED: a newer invitation was sent to the same person, which alone works now.
 */
export const INVITATION_LINK_STATES = ['VALID', 'EXPIRED', 'USED', 'SUPERSEDED', 'EMPLOYEE_INACTIVE', 'UNKNOWN'] as const;
export type InvitationLinkState = (typeof INVITATION_LINK_STATES)[number];

/** What the employee list can be sorted by. */
export const EMPLOYEE_ORDER_FIELDS = ['NAME', 'EMAIL', 'ROLE', 'DEPARTMENT', 'LAST_LOGIN', 'CREATED_AT'] as const;
export type EmployeeOrderField = (typeof EMPLOYEE_ORDER_FIELDS)[number];
