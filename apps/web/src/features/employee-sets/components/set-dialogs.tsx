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

/** The name field and any other text fields of the set: blank for `new`, else the set's. */
function SetForm<T extends NamedRow, K extends string>({ set, item }: SetDialogProps<T, K> & { readonly item: T | null }) {
  const close = useBackToList();
  const save = set.useSave();
  return (
    <NamedItemFormModal
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

/** `new`: a blank form. It loads no set, so saving refetches nothing by an empty id. */
export function SetAddDialog<T extends NamedRow, K extends string>({ set }: SetDialogProps<T, K>) {
  return <SetForm set={set} item={null} />;
}

/** `:id/<edit>`: the form, once the set has loaded. */
export function SetEditDialog<T extends NamedRow, K extends string>({ set }: SetDialogProps<T, K>) {
  const { item } = useRouteSet(set);
  // Only the first load hides the form: the refetch after a save keeps it, its values and its userErrors.
  if (!item) return null;
  return <SetForm key={item.id} set={set} item={item} />;
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
