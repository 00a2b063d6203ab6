import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** Lets a form inside a drawer or dialog tell its container whether it holds unsaved changes. */
const ReportDirty = createContext<((dirty: boolean) => void) | null>(null);

/** Called by a form with whether its values differ from what it was opened with. */
export function useReportDirty(dirty: boolean): void {
  const report = useContext(ReportDirty);
  // A layout effect, so the container knows before the next keystroke: with a passive effect an
  // Escape pressed right after typing could still find the form "pristine" and close it.
  useLayoutEffect(() => {
    report?.(dirty);
  }, [report, dirty]);
  // Unmounting (a save that navigates away) leaves nothing to protect.
  useLayoutEffect(() => () => report?.(false), [report]);
}

/**
 * Closing protection for a drawer or dialog that holds a form: `requestClose` closes at once
 * when the form is pristine and asks "Discard changes?" otherwise. Escape, the × and a click
 * outside all go through it, so an accidental one never throws typed work away. Cancel stays
 * a deliberate close without a question.
 */
export function useUnsavedChangesGuard(close: () => void, ownDirty?: boolean) {
  const [reported, setDirty] = useState(false);
  // A dialog that holds its form's values says itself; a container learns it from the form inside.
  const dirty = ownDirty ?? reported;
  const [asking, setAsking] = useState(false);
  const requestClose = useCallback(() => (dirty ? setAsking(true) : close()), [dirty, close]);
  const report = useCallback((d: boolean) => setDirty(d), []);
  const Provider = useMemo(
    () =>
      function UnsavedChangesProvider({ children }: { readonly children: ReactNode }) {
        return <ReportDirty.Provider value={report}>{children}</ReportDirty.Provider>;
      },
    [report],
  );
  const question = (
    <DiscardChangesModal
      opened={asking}
      onKeep={() => setAsking(false)}
      onDiscard={() => {
        setAsking(false);
        close();
      }}
    />
  );
  return { requestClose, Provider, question };
}

function DiscardChangesModal({ opened, onKeep, onDiscard }: { readonly opened: boolean; readonly onKeep: () => void; readonly onDiscard: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (opened) keep.current?.focus();
  }, [opened]);
  if (!opened) return null;
  return (
    // Part of the drawer or dialog it guards, pinned to the top of its content: that one's focus
    // trap holds it, and no second overlay has to stack above the first.
    <Paper
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      withBorder
      shadow="md"
      p="md"
      pos="sticky"
      top={0}
      bottom={0}
      style={{ zIndex: 5 }}
      bg="var(--mantine-color-body)"
      mb="md"
    >
      <Stack gap="xs">
        <Text fw={600} id={titleId}>
          Discard changes?
        </Text>
        <Text size="sm">What you entered has not been saved. Close anyway and lose it?</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} ref={keep}>
            Keep editing
          </Button>
          <Button color="red" onClick={onDiscard}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
