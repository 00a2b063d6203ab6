import { Text } from '@mantine/core';

export interface TruncatedTextProps {
  readonly children: string;
  /** The widest the text may be before it is cut with an ellipsis (CSS length or px); by default its container's width. */
  readonly maw?: number | string;
  readonly dimmed?: boolean;
}

/** One line of table text, cut with an ellipsis at `maw` or its container's edge; the whole value shows on hover. */
export function TruncatedText({ children, maw, dimmed }: TruncatedTextProps) {
  return (
    <Text size="sm" truncate="end" maw={maw} title={children} c={dimmed ? 'dimmed' : undefined}>
      {children}
    </Text>
  );
}
