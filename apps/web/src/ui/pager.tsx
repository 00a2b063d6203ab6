import { Button, Group, Text } from '@mantine/core';

export interface PagerProps {
  /** 1-based position of the first row shown; 0 when the page is empty. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

/** "21–40 of 134" with previous/next buttons for a cursor-paged list. */
export function Pager({ from, to, total, hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {total === 0 ? 'No results' : `${from}–${to} of ${total}`}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={onPrevious} disabled={!hasPrevious}>
          Previous
        </Button>
        <Button variant="default" size="xs" onClick={onNext} disabled={!hasNext}>
          Next
        </Button>
      </Group>
    </Group>
  );
}
