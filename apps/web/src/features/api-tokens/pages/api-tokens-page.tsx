import { Button, Group, Stack, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { LoadMoreFooter } from '../../../ui/load-more-footer';
import { PageLoader } from '../../../ui/page-loader';
import { ApiTokenList } from '../components/api-token-list';
import { useApiTokenList } from '../hooks/api-token-operations';

/** Account Settings → API tokens: the list; Create and Revoke open as child routes. */
export function ApiTokensPage() {
  const list = useApiTokenList();
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          Client apps call the Gatehouse API with a token, sent as <code>Authorization: Bearer</code>. A token has exactly the rights of its role in
          this account and works until it expires or is revoked.
        </Text>
        <Button component={Link} to="new">
          Create API token
        </Button>
      </Group>
      {list.loading && list.total === null ? <PageLoader label="Loading API tokens" /> : <ApiTokenList tokens={list.rows} />}
      {list.total !== null && (
        <LoadMoreFooter shown={list.rows.length} total={list.total} emptyText="No API tokens yet." noun="tokens" hasMore={list.hasMore} onLoadMore={list.loadMore} />
      )}
      <Outlet />
    </Stack>
  );
}
