import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True below Mantine's `md` breakpoint, where lists show cards instead of tables: with the
 * navbar beside it (from `sm` up) or on a phone, the content column is too narrow for a
 * table's columns on one line. Read on the first render (the app is never server-rendered),
 * so a phone never flashes the table.
 */
export function useNarrow(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(max-width: ${theme.breakpoints.md})`, false, { getInitialValueInEffect: false });
}
