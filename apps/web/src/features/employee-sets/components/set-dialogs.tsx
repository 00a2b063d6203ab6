import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { NamedItemFormModal } from '../../../ui/named-item-form-modal';
import type { NamedRow } from '../../../ui/named-list-table';
import type { EmployeeSet } from '../employee-set';
import { useBackToList, useRouteSet } from '../hooks/use-route-set';

export interface SetDialogProps<T extends NamedRow, K extends string> {
  readonly set: EmployeeSet<T, K>;
}

/** `new` and `:id/<edit>`: the name field, and any other text fields of the set. */
export function SetFormDialog<T extends NamedRow, K extends string>({ set }: SetDialogProps<T, K>) {
  const { none, loading, item } = useRouteSet(set);
  const close = useBackToList();
  const save = set.useSave();
  if (!none && (loading || !item)) return null;
  return (
    <NamedItemFormModal
      key={item?.id ?? 'new'}
      title={item ? `${set.editAction.label} ${item.name}` : set.labels.addTitle}
      initialValues={set.formValues(item)}
      textareas={set.textareas}
      onSave={(values) => save.run(values, item?.id ?? null)}
      onSaved={() => {
        notifications.show({ color: 'green', message: item ? set.labels.saved : set.labels.added });
        close();
      }}
      saving={save.loading}
      onClose={close}
    />
  );
}

/** `:id/delete`: confirm, then delete; what happens to the members is the set's to say. */
export function SetDeleteDialog<T extends NamedRow, K extends string>({ set }: SetDialogProps<T, K>) {
  const { item } = useRouteSet(set);
  const close = useBackToList();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const remove = set.useDelete();
  if (!item) return null;
  const confirm = async () => {
    const payload = await remove.run(item.id);
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(payload.userErrors.map((e) => e.message));
      return;
    }
    notifications.show({ color: 'green', message: `Deleted ${item.name}.` });
    close();
  };
  return (
    <ConfirmModal
      title={`Delete ${item.name}?`}
      message={set.labels.deleteMessage(item.memberCount)}
      confirmLabel={set.labels.deleteButton}
      onConfirm={() => void confirm()}
      onClose={close}
      loading={remove.loading}
      errors={errors}
    />
  );
}
