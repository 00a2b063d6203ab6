import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { DepartmentsDocument } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { UrlSearchInput } from '../../../ui/url-search-input';

const PAGE = 100;

/** Settings → Departments: names and member counts; add, rename and delete open as dialog routes. */
export function DepartmentsPage() {
  const [params] = useSearchParams();
  const { search } = useLocation();
  const q = params.get('q') ?? '';
  const variables = { first: PAGE, filter: q ? { search: q } : {} };
  const { data: current, previousData, loading, fetchMore } = useQuery(DepartmentsDocument, { variables, fetchPolicy: 'cache-and-network' });
  const data = current ?? previousData;
  const connection = data?.departments;
  const departments = connection?.edges.map((e) => e.node) ?? [];
  const loadMore = () =>
    fetchMore({
      variables: { ...variables, after: connection?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        departments: {
          ...fetchMoreResult.departments,
          edges: [...prev.departments.edges, ...fetchMoreResult.departments.edges],
        },
      }),
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <UrlSearchInput label="Search departments" />
        <Button component={Link} to={`new${search}`}>
          + Add department
        </Button>
      </Group>
      {loading && !connection ? (
        <PageLoader label="Loading departments" />
      ) : (
        <Table aria-label="Departments" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Members</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {departments.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`${d.id}/members`}>
                    {d.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.memberCount}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Button size="xs" variant="subtle" component={Link} to={`${d.id}/members`} aria-label={`Members of ${d.name}`}>
                      Members
                    </Button>
                    <Button size="xs" variant="subtle" component={Link} to={`${d.id}/rename${search}`} aria-label={`Rename ${d.name}`}>
                      Rename
                    </Button>
                    <Button size="xs" variant="subtle" color="red" component={Link} to={`${d.id}/delete${search}`} aria-label={`Delete ${d.name}`}>
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {connection && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {connection.totalCount === 0 ? 'No departments yet.' : `${departments.length} of ${connection.totalCount}`}
          </Text>
          {connection.pageInfo.hasNextPage && (
            <Button variant="default" size="xs" onClick={() => void loadMore()}>
              Load more
            </Button>
          )}
        </Group>
      )}
      <Outlet />
    </Stack>
  );
}
