import { Button, Group, NativeSelect, Text } from '@mantine/core';

/** The page size choice under a paged list. */
export interface PageSizeChoice {
  readonly value: number;
  readonly options: readonly number[];
  readonly onChange: (size: number) => void;
}

export interface PagerProps {
  /** 1-based position of the first row shown; 0 when the page is empty. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly pageSize?: PageSizeChoice;
}

/** "21–40 of 134" with previous/next buttons for a cursor-paged list, and the rows-per-page choice when given. */
export function Pager({ from, to, total, hasPrevious, hasNext, onPrevious, onNext, pageSize }: PagerProps) {
  return (
    <Group justify="space-between" mt="sm" gap="xs">
      <Text size="sm" c="dimmed">
        {total === 0 ? 'No results' : `${from}–${to} of ${total}`}
      </Text>
      <Group gap="xs" wrap="nowrap">
        {pageSize && (
          <NativeSelect
            size="xs"
            aria-label="Rows per page"
            value={String(pageSize.value)}
            data={pageSize.options.map((n) => ({ value: String(n), label: `${n} per page` }))}
            onChange={(e) => pageSize.onChange(Number(e.currentTarget.value))}
          />
        )}
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
