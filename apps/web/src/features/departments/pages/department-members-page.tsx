import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { BulkUpdateEmployeesDocument } from '../../../gql/graphql';
import { EmployeePickerModal, MemberList } from '../../employees';
import { useRouteDepartment } from '../hooks/use-route-department';

const REFETCH = ['Employees', 'Departments', 'Department', 'EmployeeFormOptions'];

/** `departments/:id/members`: who is in the department; add and remove through bulkUpdateEmployees. */
export function DepartmentMembersPage() {
  const { departmentId = '' } = useParams();
  const { department } = useRouteDepartment();
  const name = department?.name ?? 'Department';
  const [adding, setAdding] = useState(false);
  const [bulkUpdate, { loading }] = useMutation(BulkUpdateEmployeesDocument, { refetchQueries: REFETCH });

  const change = async (employeeIds: string[], add: boolean, done: string) => {
    const input = add ? { employeeIds, departmentId } : { employeeIds, clearDepartment: true };
    const payload = (await bulkUpdate({ variables: { input } })).data?.bulkUpdateEmployees;
    const problem = payload?.userErrors[0];
    if (problem) notifications.show({ color: 'red', title: 'Could not update members', message: problem.message });
    else if (payload) notifications.show({ color: 'green', message: done });
  };

  return (
    <Stack>
      <Anchor component={Link} to="../.." relative="path" size="sm">
        ← All departments
      </Anchor>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {name}: members
        </Title>
        <Button onClick={() => setAdding(true)}>Add members</Button>
      </Group>
      <MemberList
        filter={{ departmentId }}
        label={`Members of ${name}`}
        removing={loading}
        onRemove={(id, who) => void change([id], false, `Removed ${who} from ${name}.`)}
      />
      {adding && (
        <EmployeePickerModal
          title={`Add members to ${name}`}
          isMember={(e) => e.department?.id === departmentId}
          confirmLabel={(n) => `Add ${n} to ${name}`}
          onClose={() => setAdding(false)}
          onConfirm={async (ids) => {
            await change(ids, true, `Added ${ids.length} to ${name}.`);
            setAdding(false);
          }}
        />
      )}
    </Stack>
  );
}
