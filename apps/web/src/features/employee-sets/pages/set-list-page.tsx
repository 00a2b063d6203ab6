import { useSearchParams } from 'react-router';
import type { NamedRow } from '../../../ui/named-list-table';
import { NamedListView } from '../../../ui/named-list-view';
import type { EmployeeSet } from '../employee-set';

/** Settings → Departments or User Groups: the list, searched by `q`; dialogs are child routes. */
export function SetListPage<T extends NamedRow, K extends string>({ set }: { readonly set: EmployeeSet<T, K> }) {
  const [params] = useSearchParams();
  const list = set.useList(params.get('q') ?? '');
  return <NamedListView labels={set.labels} list={list} columns={set.columns} editAction={set.editAction} />;
}
