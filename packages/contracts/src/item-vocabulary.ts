import { cleanName, type Checked } from './names';

/** Where a job or incident is in its life; archiving is separate and applies to either. */
export const ITEM_STATUSES = ['OPEN', 'COMPLETED'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What an item list can be sorted by. */
export const ITEM_ORDER_FIELDS = ['DUE', 'CREATED', 'TITLE'] as const;
export type ItemOrderField = (typeof ITEM_ORDER_FIELDS)[number];

export const ITEM_TITLE_MAX_LENGTH = 200;
export const ITEM_DESCRIPTION_MAX_LENGTH = 10_000;
export const CHECKLIST_ENTRY_MAX_LENGTH = 500;
/** A checklist longer than this is a document, not a checklist; the limit bounds one request's writes. */
export const CHECKLIST_MAX_ENTRIES = 100;
/** Groups one item may be shared with, and employees it may be assigned to. */
export const ITEM_MAX_SHARED_GROUPS = 50;
export const ITEM_MAX_ASSIGNEES = 100;


/** A required item title: cleaned like a name, not empty, at most ITEM_TITLE_MAX_LENGTH characters. */
export function checkItemTitle(raw: string): Checked {
  const value = cleanName(raw);
  if (value.length === 0) return { value, problem: 'REQUIRED' };
  return { value, problem: [...value].length > ITEM_TITLE_MAX_LENGTH ? 'TOO_LONG' : null };
}

/** An item description: trimmed, may be empty, at most ITEM_DESCRIPTION_MAX_LENGTH characters. */
export function checkItemDescription(raw: string): Checked {
  // PostgreSQL text cannot hold NUL.
  const value = raw.normalize('NFC').split(String.fromCharCode(0)).join('').trim();
  return { value, problem: [...value].length > ITEM_DESCRIPTION_MAX_LENGTH ? 'TOO_LONG' : null };
}

/** One checklist entry: cleaned like a name, not empty, at most CHECKLIST_ENTRY_MAX_LENGTH characters. */
export function checkChecklistEntry(raw: string): Checked {
  const value = cleanName(raw);
  if (value.length === 0) return { value, problem: 'REQUIRED' };
  return { value, problem: [...value].length > CHECKLIST_ENTRY_MAX_LENGTH ? 'TOO_LONG' : null };
}
