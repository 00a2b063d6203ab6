import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True below Mantine's `lg` breakpoint (1200 px), where lists show cards instead of tables:
 * beside the navbar on a tablet (768–1199 px) or on a phone, the content column is too narrow
 * for a table's columns on one line, and a table would scroll sideways. Read on the first render (the app is never server-rendered),
 * so a phone never flashes the table.
 */
export function useNarrow(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(max-width: ${theme.breakpoints.lg})`, false, { getInitialValueInEffect: false });
}
