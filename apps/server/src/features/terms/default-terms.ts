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

/**
 * The terms of use external users (contractors, stewards) accept in the portal while the account
 * has not written its own. They reach only the items assigned to them, through an emailed link
 * and a one-time code: no password, no account login, nothing else of the account.
 */
export const DEFAULT_EXTERNAL_TERMS_TEXT = [
  'These terms apply to you as an external contractor or steward reaching the jobs and incidents assigned to you through this portal.',
  'The link in your email and the codes we send you are for you alone: do not forward them, and do not let anyone else use the page while your browser is verified.',
  'What you see about a job or incident is confidential: use it only to do the work you were assigned, and do not copy or pass it on.',
  'When you tick a checklist entry, your name and the time are recorded and shown to the venue operator. Your access ends when you are no longer assigned to an item, and the operator may end it at any time.',
].join('\n\n');

/** The longest terms text an admin may publish. */
export const TERMS_MAX_LENGTH = 100_000;
