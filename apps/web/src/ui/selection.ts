import type { ChangeEvent } from 'react';

/** Whether an id is selected (a Set or a Map of the selection). */
export interface SelectionView {
  has(id: string): boolean;
}

/** A row a selectable list shows: the checkbox's label and the link's text name the person. */
export interface SelectableRow {
  readonly id: string;
  readonly fullName: string;
}

/** What a people list's table and cards show and do: the page's rows and their selection. */
export interface SelectableListProps<R extends SelectableRow> {
  readonly rows: readonly R[];
  /** The selection, as far as showing it needs. */
  readonly selected: SelectionView;
  readonly onSelect: (rows: readonly R[], on: boolean) => void;
  /** Where a row leads: the edit drawer, keeping the list's URL state. */
  readonly hrefFor: (id: string) => string;
  readonly onOpen: (id: string) => void;
}

/** The "select all on this page" checkbox: checked when every row is, mixed when some are. */
export function selectAllProps<R extends SelectableRow>({ rows, selected, onSelect }: Pick<SelectableListProps<R>, 'rows' | 'selected' | 'onSelect'>) {
  const here = rows.filter((r) => selected.has(r.id)).length;
  return {
    checked: rows.length > 0 && here === rows.length,
    indeterminate: here > 0 && here < rows.length,
    onChange: (e: ChangeEvent<HTMLInputElement>) => onSelect(rows, e.currentTarget.checked),
  };
}
