import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { nameError } from '../lib/field-rules';
import { splitUserErrors, type UserErrorLike } from '../lib/user-errors';
import { FormAlert } from './form-alert';
import { useUnsavedChangesGuard } from './unsaved-changes';

/** The form's values: a name, plus any extra text fields. */
export type NamedItemValues<K extends string> = Readonly<Record<'name' | K, string>>;

/** A mutation's payload as far as the form cares; undefined when there was none (the error link reported why). */
export interface SavePayload {
  readonly userErrors: readonly UserErrorLike[];
}

/** An extra multi-line field after Name, e.g. a description. */
export interface NamedItemTextarea<K extends string> {
  readonly key: K;
  readonly label: string;
}

export interface NamedItemFormModalProps<K extends string> {
  readonly title: string;
  readonly initialValues: NamedItemValues<K>;
  readonly textareas?: readonly NamedItemTextarea<K>[];
  /** Sends the values as typed; resolves to the payload. */
  readonly onSave: (values: NamedItemValues<K>) => Promise<SavePayload | undefined>;
  /** Called once a save came back without userErrors. */
  readonly onSaved: () => void;
  readonly saving: boolean;
  readonly onClose: () => void;
}

/** Add or edit something that has a name: userErrors show beside their field, the rest above the form. */
export function NamedItemFormModal<K extends string>(props: NamedItemFormModalProps<K>) {
  const { title, initialValues, textareas = [], onSave, onSaved, saving, onClose } = props;
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState(splitUserErrors([], []));
  const keys: readonly ('name' | K)[] = ['name', ...textareas.map((t) => t.key)];
  const guard = useUnsavedChangesGuard(onClose, keys.some((k) => values[k] !== initialValues[k]));
  const setValue = (key: 'name' | K, value: string) => setValues((current) => ({ ...current, [key]: value }));

  const save = async () => {
    const invalid = nameError(values.name, 'Enter a name.');
    if (invalid) {
      setErrors({ byField: { name: invalid }, general: [] });
      return;
    }
    const payload = await onSave(values);
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(splitUserErrors(payload.userErrors, ['name', ...textareas.map((t) => t.key)]));
      return;
    }
    onSaved();
  };

  return (
    <>
    <Modal opened onClose={guard.requestClose} title={title} centered>
      {guard.question}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <FormAlert messages={errors.general} />
          <TextInput
            label="Name"
            required
            value={values.name}
            error={errors.byField['name']}
            onChange={(e) => setValue('name', e.currentTarget.value)}
            data-autofocus
          />
          {textareas.map((t) => (
            <Textarea
              key={t.key}
              label={t.label}
              value={values[t.key]}
              error={errors.byField[t.key]}
              onChange={(e) => setValue(t.key, e.currentTarget.value)}
              autosize
              minRows={2}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!values.name.trim()} loading={saving}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
    </>
  );
}
