import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Lets a form inside a drawer or dialog tell its container whether it holds unsaved changes. */
const ReportDirty = createContext<((dirty: boolean) => void) | null>(null);

/** Called by a form with whether its values differ from what it was opened with. */
export function useReportDirty(dirty: boolean): void {
  const report = useContext(ReportDirty);
  useEffect(() => {
    report?.(dirty);
  }, [report, dirty]);
  // Unmounting (a save that navigates away) leaves nothing to protect.
  useEffect(() => () => report?.(false), [report]);
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
  return (
    // Rendered inside the drawer or dialog it guards (not in a portal), so that one's focus trap
    // holds the question too and the question stacks above it.
    <Modal opened={opened} onClose={onKeep} title="Discard changes?" centered zIndex={400} withinPortal={false}>
      <Stack>
        <Text>What you entered has not been saved. Close anyway and lose it?</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} data-autofocus>
            Keep editing
          </Button>
          <Button color="red" onClick={onDiscard}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
