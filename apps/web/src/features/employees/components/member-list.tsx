import { useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@gatehouse/access';
import { Anchor, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { EmployeeOrderField, EmployeesDocument, OrderDirection, type EmployeeFilter } from '../../../gql/graphql';
import { appendEdges } from '../../../lib/connection';
import { LoadMoreFooter } from '../../../ui/load-more-footer';
import { PageLoader } from '../../../ui/page-loader';
import { TruncatedText } from '../../../ui/truncated-text';
import { useNarrow } from '../../../ui/use-narrow';

const MEMBER_PAGE = 50;

export interface MemberListProps {
  /** Which employees are members, e.g. `{ departmentId }` or `{ groupId }`. */
  readonly filter: EmployeeFilter;
  readonly label: string;
  readonly onRemove: (employeeId: string, name: string) => void;
  readonly removing?: boolean;
}

/**
 * Members of a department or group, one line each, with a Remove button each and "Load more".
 * On narrow screens the email goes under the name and the role gives way.
 */
export function MemberList({ filter, label, onRemove, removing }: MemberListProps) {
  const variables = { first: MEMBER_PAGE, filter, orderBy: { field: EmployeeOrderField.Name, direction: OrderDirection.Asc } };
  const { data, loading, fetchMore } = useQuery(EmployeesDocument, { variables, fetchPolicy: 'cache-and-network' });
  const narrow = useNarrow();
  const connection = data?.employees;
  if (loading && !connection) return <PageLoader label="Loading members" />;
  if (!connection) return null;
  const members = connection.edges.map((e) => e.node);
  const loadMore = () =>
    void fetchMore({
      variables: { ...variables, after: connection.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ employees: appendEdges(prev.employees, fetchMoreResult.employees) }),
    });
  return (
    <>
      <Table aria-label={label} striped verticalSpacing={6} horizontalSpacing="xs" style={{ whiteSpace: 'nowrap', tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {!narrow && <Table.Th>Email</Table.Th>}
            {!narrow && <Table.Th w={128}>Role</Table.Th>}
            <Table.Th w={96}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                {narrow ? (
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/settings/people/employees/${m.id}`} size="sm" truncate="end" title={m.fullName} display="block">
                    {m.fullName}
                  </Anchor>
                    <Text size="xs" c="dimmed" truncate="end" title={m.email}>
                      {m.email}
                    </Text>
                  </Stack>
                ) : (
                  <Anchor component={Link} to={`/settings/people/employees/${m.id}`} size="sm" truncate="end" title={m.fullName} display="block">
                    {m.fullName}
                  </Anchor>
                )}
              </Table.Td>
              {!narrow && (
                <Table.Td>
                  <TruncatedText>{m.email}</TruncatedText>
                </Table.Td>
              )}
              {!narrow && <Table.Td>{ROLE_LABELS[m.role]}</Table.Td>}
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  disabled={removing}
                  aria-label={`Remove ${m.fullName}`}
                  onClick={() => onRemove(m.id, m.fullName)}
                >
                  Remove
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMoreFooter
        shown={members.length}
        total={connection.totalCount}
        emptyText="No members yet."
        noun="members"
        hasMore={connection.pageInfo.hasNextPage}
        onLoadMore={loadMore}
      />
    </>
  );
}
