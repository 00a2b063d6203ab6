import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { MembersLayout } from '../../../ui/members-layout';
import type { NamedRow } from '../../../ui/named-list-table';
import { EmployeePickerModal, MemberList } from '../../employees';
import type { EmployeeSet } from '../employee-set';
import { useRouteSet } from '../hooks/use-route-set';

/** `:id/members`: who is in the set; add and remove through the set's member operation. */
export function SetMembersPage<T extends NamedRow, K extends string>({ set }: { readonly set: EmployeeSet<T, K> }) {
  const { id, item } = useRouteSet(set);
  const name = item?.name ?? set.labels.fallbackName;
  const [adding, setAdding] = useState(false);
  const members = set.useChangeMembers();

  const change = async (employeeIds: string[], add: boolean, done: string) => {
    const payload = await members.run(id, employeeIds, add);
    const problem = payload?.userErrors[0];
    if (problem) notifications.show({ color: 'red', title: 'Could not update members', message: problem.message });
    else if (payload) notifications.show({ color: 'green', message: done });
  };

  return (
    <MembersLayout backLabel={set.labels.back} name={name} description={item && set.subtitle?.(item)} onAdd={() => setAdding(true)}>
      <MemberList
        filter={set.memberFilter(id)}
        label={`Members of ${name}`}
        removing={members.loading}
        onRemove={(employeeId, who) => void change([employeeId], false, `Removed ${who} from ${name}.`)}
      />
      {adding && (
        <EmployeePickerModal
          title={`Add members to ${name}`}
          isMember={(e) => set.isMember(e, id)}
          confirmLabel={(n) => `Add ${n} to ${name}`}
          onClose={() => setAdding(false)}
          onConfirm={async (ids) => {
            await change(ids, true, `Added ${ids.length} to ${name}.`);
            setAdding(false);
          }}
        />
      )}
    </MembersLayout>
  );
}
