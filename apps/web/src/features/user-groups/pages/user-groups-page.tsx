import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { UserGroupsDocument } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { UrlSearchInput } from '../../../ui/url-search-input';

const PAGE = 100;

/** Settings → User Groups: names, descriptions, member counts; dialogs are child routes. */
export function UserGroupsPage() {
  const [params] = useSearchParams();
  const { search } = useLocation();
  const q = params.get('q') ?? '';
  const variables = { first: PAGE, filter: q ? { search: q } : {} };
  const { data: current, previousData, loading, fetchMore } = useQuery(UserGroupsDocument, { variables, fetchPolicy: 'cache-and-network' });
  const data = current ?? previousData;
  const connection = data?.userGroups;
  const groups = connection?.edges.map((e) => e.node) ?? [];
  const loadMore = () =>
    fetchMore({
      variables: { ...variables, after: connection?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        userGroups: { ...fetchMoreResult.userGroups, edges: [...prev.userGroups.edges, ...fetchMoreResult.userGroups.edges] },
      }),
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <UrlSearchInput label="Search user groups" />
        <Button component={Link} to={`new${search}`}>
          + Add group
        </Button>
      </Group>
      {loading && !connection ? (
        <PageLoader label="Loading user groups" />
      ) : (
        <Table aria-label="User groups" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th>Members</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor component={Link} to={`${g.id}/members`}>
                    {g.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{g.description || '—'}</Table.Td>
                <Table.Td>{g.memberCount}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Button size="xs" variant="subtle" component={Link} to={`${g.id}/members`} aria-label={`Members of ${g.name}`}>
                      Members
                    </Button>
                    <Button size="xs" variant="subtle" component={Link} to={`${g.id}/edit${search}`} aria-label={`Edit ${g.name}`}>
                      Edit
                    </Button>
                    <Button size="xs" variant="subtle" color="red" component={Link} to={`${g.id}/delete${search}`} aria-label={`Delete ${g.name}`}>
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
            {connection.totalCount === 0 ? 'No user groups yet.' : `${groups.length} of ${connection.totalCount}`}
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
