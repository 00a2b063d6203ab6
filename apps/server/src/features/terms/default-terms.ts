/**
 * The terms of use of an account whose admins have not written their own yet (version 1).
 * Everyone accepts them once; publishing the account's own text as a new version asks again.
 */
export const DEFAULT_TERMS_TEXT = [
  'These terms apply to everyone who signs in to this Gatehouse account.',
  'Use your access only for your work for the venue operator that runs this account. Keep your password to yourself and do not share your session with anyone.',
  'What you see here about people, jobs and incidents is confidential: do not copy or pass it on except as your work requires.',
  'Changes you make are recorded with your name and the time. The account administrators may change your access or end it at any time.',
].join('\n\n');

/** The longest terms text an admin may publish. */
export const TERMS_MAX_LENGTH = 100_000;
