import { useLocation, useNavigate, useParams } from 'react-router';
import type { NamedRow } from '../../../ui/named-list-table';
import type { EmployeeSet } from '../employee-set';

export interface RouteSet<T> {
  /** The `:id` route parameter. */
  readonly id: string;
  /** The set; null until it has loaded, or when there is none by that id. */
  readonly item: T | null;
}

/** The set named by the `:id` route parameter, loaded by id. Only for routes that have one. */
export function useRouteSet<T extends NamedRow, K extends string>(set: EmployeeSet<T, K>): RouteSet<T> {
  const { id = '' } = useParams();
  return { id, item: set.useOne(id) };
}

/** Closes a dialog route: back to the list, keeping its search. */
export function useBackToList(): () => void {
  const navigate = useNavigate();
  const { search } = useLocation();
  const { id } = useParams();
  // Dialogs sit one level (new) or two levels (:id/rename) below the list.
  return () => void navigate({ pathname: id ? '../..' : '..', search }, { relative: 'path' });
}
