import { Button, Group, Text } from '@mantine/core';

export interface LoadMoreFooterProps {
  readonly shown: number;
  readonly total: number;
  /** Said instead of a count when the list is empty. */
  readonly emptyText: string;
  /** Follows the count, as "members" in "20 of 34 members". */
  readonly noun?: string;
  readonly hasMore: boolean;
  readonly onLoadMore: () => void;
}

/** "20 of 34" under a list that grows, with a "Load more" button while there are more. */
export function LoadMoreFooter({ shown, total, emptyText, noun, hasMore, onLoadMore }: LoadMoreFooterProps) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {total === 0 ? emptyText : `${shown} of ${total}${noun ? ` ${noun}` : ''}`}
      </Text>
      {hasMore && (
        <Button variant="default" size="xs" onClick={onLoadMore}>
          Load more
        </Button>
      )}
    </Group>
  );
}
