import { registerDescribedEnum } from '../../platform/graphql/enum-values';

/** Who a terms text is for: each has its own text and versions, and accepts only its own. */
export const TERMS_AUDIENCES = ['EMPLOYEES', 'EXTERNAL_USERS'] as const;
export type TermsAudience = (typeof TERMS_AUDIENCES)[number];

export const TermsAudienceEnum = registerDescribedEnum(TERMS_AUDIENCES, 'TermsAudience', 'Who a terms of use text is for.', {
  EMPLOYEES: 'Employees, who accept it before using the account.',
  EXTERNAL_USERS: 'External users (contractors, stewards), who accept it in the portal before their assigned items.',
});
