import { Alert, Anchor, Group, Loader, Text } from '@mantine/core';

export interface SelectAllMatchingProps {
  /** Rows on this page, all selected. */
  readonly pageCount: number;
  /** Employees matching the filter. */
  readonly total: number;
  /** How many are selected now. */
  readonly selectedCount: number;
  /** The most one bulk action may name. */
  readonly limit: number;
  readonly collecting: boolean;
  readonly onSelectAll: () => void;
  readonly onClear: () => void;
}

const count = (n: number) => n.toLocaleString();

/**
 * Shown once the whole page is selected and more employees match: offers to select all of
 * them, or, past the per-request limit, the first `limit`, and says why not more.
 */
export function SelectAllMatching({ pageCount, total, selectedCount, limit, collecting, onSelectAll, onClear }: SelectAllMatchingProps) {
  const reachable = Math.min(total, limit);
  const overLimit = total > limit;
  const allTaken = selectedCount > pageCount;
  return (
    <Alert color="blue" variant="light" p="xs" role="status">
      <Group gap="xs">
        {allTaken ? (
          <>
            <Text size="sm">
              {overLimit ? `The first ${count(selectedCount)} of ${count(total)} matching employees are selected.` : `All ${count(selectedCount)} matching employees are selected.`}
            </Text>
            <Anchor component="button" size="sm" onClick={onClear}>
              Clear selection
            </Anchor>
          </>
        ) : (
          <>
            <Text size="sm">All {count(pageCount)} on this page are selected.</Text>
            {collecting ? (
              <Loader size="xs" aria-label="Selecting matching employees" />
            ) : (
              <Anchor component="button" size="sm" onClick={onSelectAll}>
                {overLimit ? `Select the first ${count(reachable)} of ${count(total)} matching` : `Select all ${count(total)} matching`}
              </Anchor>
            )}
          </>
        )}
        {overLimit && (
          <Text size="sm" c="dimmed">
            Bulk actions (edit, send invites, delete) take at most {count(limit)} employees at a time; narrow the filter to reach the rest.
          </Text>
        )}
      </Group>
    </Alert>
  );
}
