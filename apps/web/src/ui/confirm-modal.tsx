import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { FormAlert } from './form-alert';

export interface ConfirmModalProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
  readonly loading?: boolean;
  readonly errors?: readonly string[];
}

/** A destructive action's "are you sure" dialog. Always open: mount it to show it. */
export function ConfirmModal({ title, message, confirmLabel, onConfirm, onClose, loading, errors = [] }: ConfirmModalProps) {
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack>
        <Text>{message}</Text>
        <FormAlert messages={errors} title="Could not complete" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
