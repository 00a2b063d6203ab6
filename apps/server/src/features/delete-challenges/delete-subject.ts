import type { Resource } from '@gatehouse/access';

/** The kinds of people deleted through a confirmation challenge; stored as the challenge's subject_type. */
export type DeleteSubject = Extract<Resource, 'employees' | 'externalUsers'>;
