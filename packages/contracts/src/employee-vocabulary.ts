/** Where an employee is in the invitation flow. */
export const INVITATION_STATES = ['NOT_INVITED', 'INVITED', 'ACCEPTED'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** What the employee list can be sorted by. */
export const EMPLOYEE_ORDER_FIELDS = ['NAME', 'EMAIL', 'ROLE', 'DEPARTMENT', 'LAST_LOGIN', 'CREATED_AT'] as const;
export type EmployeeOrderField = (typeof EMPLOYEE_ORDER_FIELDS)[number];
