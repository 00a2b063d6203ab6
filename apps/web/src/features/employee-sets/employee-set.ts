import type { EmployeeFilter } from '../../gql/graphql';
import type { PagedRows } from '../../lib/connection';
import type { NamedItemTextarea, NamedItemValues, SavePayload } from '../../ui/named-item-form-modal';
import type { NamedListColumn, NamedListEditAction, NamedRow } from '../../ui/named-list-table';
import type { NamedListLabels } from '../../ui/named-list-view';
import type { PickerEmployee } from '../employees';

/** A mutation as the set's pages use it: run it, and whether it is in flight. */
export interface SetMutation<A extends unknown[]> {
  readonly run: (...args: A) => Promise<SavePayload | undefined>;
  readonly loading: boolean;
}

/** Everything a set's pages say besides the list's own labels. */
export interface EmployeeSetLabels extends NamedListLabels {
  /** The title of the `new` dialog. */
  readonly addTitle: string;
  readonly added: string;
  readonly saved: string;
  /** The delete dialog's confirm button. */
  readonly deleteButton: string;
  /** What deleting does to the members. */
  readonly deleteMessage: (memberCount: number) => string;
  /** The members page's link back to the list. */
  readonly back: string;
  /** The members page's title until the set has loaded. */
  readonly fallbackName: string;
}

/**
 * A named set of employees that an admin adds, edits, deletes and fills with members:
 * a department or a user group. Each feature gives its labels and its operations
 * (hooks around its own GraphQL documents); the pages are the same for both.
 * `K` names the text fields the form has besides the name.
 */
export interface EmployeeSet<T extends NamedRow, K extends string = never> {
  /** The route segment under /settings/people, e.g. "departments". */
  readonly path: string;
  readonly labels: EmployeeSetLabels;
  /** The row action and route of the edit dialog, e.g. Rename at `:id/rename`. */
  readonly editAction: NamedListEditAction;
  readonly columns?: readonly NamedListColumn<T>[];
  readonly textareas?: readonly NamedItemTextarea<K>[];
  /** The form's starting values: the set's, or blank for `new`. */
  readonly formValues: (item: T | null) => NamedItemValues<K>;
  /** A line under the members page's title. */
  readonly subtitle?: (item: T) => string | null;
  readonly memberFilter: (id: string) => EmployeeFilter;
  readonly isMember: (employee: PickerEmployee, id: string) => boolean;
  readonly useList: (search: string) => PagedRows<T>;
  /** One set by id; null until it has loaded, or when there is none. */
  readonly useOne: (id: string) => T | null;
  /** Create (id null) or update; trims the values. */
  readonly useSave: () => SetMutation<[values: NamedItemValues<K>, id: string | null]>;
  readonly useDelete: () => SetMutation<[id: string]>;
  readonly useChangeMembers: () => SetMutation<[id: string, employeeIds: string[], add: boolean]>;
}
