import { Button, Stack, Text } from '@mantine/core';

/**
 * What an empty list says. Filtered, it offers to clear the filters (an empty result is
 * usually a filter left on); unfiltered, it just says there is nothing yet.
 */
export function ClearFiltersEmpty({ filtered, onClear, nothing }: { readonly filtered: boolean; readonly onClear: () => void; readonly nothing: string }) {
  return (
    <Stack align="center" gap="xs" py="lg">
      <Text c="dimmed">{filtered ? 'Nothing matches these filters.' : nothing}</Text>
      {filtered && (
        <Button variant="light" size="xs" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Stack>
  );
}
