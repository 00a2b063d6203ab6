import { useQuery } from '@apollo/client/react';
import type { ModuleKey } from '@gatehouse/access';
import { Button, Group, MultiSelect, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ItemChoicesDocument, ItemExternalUserChoicesDocument, type ItemFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/form-alert';
import { useReportDirty } from '../../../ui/unsaved-changes';
import { useViewer } from '../../auth';
import { viewerModulePermission } from '../item-modules';

/** What the form submits; the page turns it into createItem or updateItem input. */
export interface ItemFormValues {
  title: string;
  description: string;
  dueAt: string;
  departmentId: string;
  confidentialLevel: string;
  ownerGroupId: string;
  sharedGroupIds: string[];
  assignedEmployeeIds: string[];
  assignedExternalUserIds: string[];
  checklist: string;
}

export interface FieldError {
  readonly field: string | null;
  readonly message: string;
}

/** A datetime-local value for an ISO instant, in the browser's time zone. */
function localInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * The checklist lines as setItemChecklist entries: a line whose text matches an existing entry
 * keeps that entry (and its tick), in the new order; other lines are new entries.
 */
export function checklistEntries(text: string, current: ItemFieldsFragment['checklist']): { id: string | null; text: string }[] {
  const unused = [...current];
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const i = unused.findIndex((c) => c.text === line);
      const match = i >= 0 ? unused.splice(i, 1)[0] : undefined;
      return { id: match?.id ?? null, text: line };
    });
}

/** The form's starting values: empty for a new item, the item's for an edit. */
export function initialValues(item?: ItemFieldsFragment | null): ItemFormValues {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    dueAt: localInput(item?.dueAt),
    departmentId: item?.department?.id ?? '',
    confidentialLevel: item?.confidentialLevel ? String(item.confidentialLevel) : '',
    ownerGroupId: item?.ownerGroup?.id ?? '',
    sharedGroupIds: item?.sharedGroups.map((g) => g.id) ?? [],
    assignedEmployeeIds: item?.assignedEmployees.map((e) => e.id) ?? [],
    checklist: item?.checklist.map((c) => c.text).join('\n') ?? '',
    assignedExternalUserIds: item?.assignedExternalUsers.map((x) => x.id) ?? [],
  };
}

/** The item form: title, description, due date, department, level (the viewer's edit levels), groups, assignees, checklist. */
export function ItemForm(props: {
  readonly module: ModuleKey;
  readonly item?: ItemFieldsFragment | null;
  readonly saving: boolean;
  readonly errors: readonly FieldError[];
  readonly onSubmit: (values: ItemFormValues) => void;
  readonly onCancel: () => void;
}) {
  const [start] = useState(() => initialValues(props.item));
  const [values, setValues] = useState(start);
  useReportDirty(JSON.stringify(values) !== JSON.stringify(start));
  const { viewer } = useViewer();
  const levels = viewerModulePermission(viewer, props.module)?.editLevels ?? [];
  const { data } = useQuery(ItemChoicesDocument, { variables: { module: props.module } });
  const choices = data?.itemChoices;
  const set = <K extends keyof ItemFormValues>(key: K, value: ItemFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (field: string) => props.errors.find((e) => e.field === field)?.message;
  const placed = ['title', 'description', 'dueAt', 'departmentId', 'confidentialLevel', 'ownerGroupId', 'sharedGroupIds', 'assignedEmployeeIds', 'assignedExternalUserIds'];
  const isPlaced = (field: string) => placed.includes(field) || field.startsWith('checklist') || field.startsWith('entries');
  const people = [...(choices?.employees ?? []), ...(props.item?.assignedEmployees ?? [])];
  const employeeOptions = [...new Map(people.map((e) => [e.id, { value: e.id, label: `${e.firstName} ${e.surname}` }])).values()];
  const groupOptions = (choices?.userGroups ?? []).map((g) => ({ value: g.id, label: g.name }));
  // External users are searched on the server as the admin types (an account may have thousands).
  const [externalSearch, setExternalSearch] = useState('');
  // Those picked from earlier searches keep their labels while another search shows.
  const [pickedExternal, setPickedExternal] = useState<{ id: string; firstName: string; lastName: string; email: string }[]>([]);
  const externalChoices = useQuery(ItemExternalUserChoicesDocument, { variables: { module: props.module, search: externalSearch.trim() || null } });
  const externalPeople = [...(externalChoices.data ?? externalChoices.previousData)?.itemChoices.externalUsers ?? [], ...(props.item?.assignedExternalUsers ?? []), ...pickedExternal];
  const externalOptions = [...new Map(externalPeople.map((x) => [x.id, { value: x.id, label: `${x.firstName} ${x.lastName} (${x.email})` }])).values()];

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(values);
      }}
    >
      <Stack>
        <FormAlert messages={props.errors.filter((e) => e.field === null || !isPlaced(e.field)).map((e) => e.message)} />
        <TextInput label="Title" required data-autofocus value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errorOf('title')} />
        <Textarea label="Description" autosize minRows={2} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} error={errorOf('description')} />
        <TextInput label="Due" type="datetime-local" value={values.dueAt} onChange={(e) => set('dueAt', e.currentTarget.value)} error={errorOf('dueAt')} />
        <NativeSelect
          label="Department"
          value={values.departmentId}
          onChange={(e) => set('departmentId', e.currentTarget.value)}
          data={[{ value: '', label: 'None' }, ...(choices?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))]}
          error={errorOf('departmentId')}
        />
        <NativeSelect
          label="Confidential level"
          value={values.confidentialLevel}
          onChange={(e) => set('confidentialLevel', e.currentTarget.value)}
          data={[{ value: '', label: 'Not confidential' }, ...levels.map((l) => ({ value: String(l), label: `Level ${l}` }))]}
          error={errorOf('confidentialLevel')}
        />
        <NativeSelect label="Owner group" value={values.ownerGroupId} onChange={(e) => set('ownerGroupId', e.currentTarget.value)} data={[{ value: '', label: 'None' }, ...groupOptions]} error={errorOf('ownerGroupId')} />
        <MultiSelect label="Shared with groups" searchable data={groupOptions} value={values.sharedGroupIds} onChange={(v) => set('sharedGroupIds', v)} error={errorOf('sharedGroupIds')} />
        <MultiSelect label="Assigned employees" searchable data={employeeOptions} value={values.assignedEmployeeIds} onChange={(v) => set('assignedEmployeeIds', v)} error={errorOf('assignedEmployeeIds')} />
        <MultiSelect
          label="Assigned external users"
          description="Each newly assigned external user is emailed a link to this item."
          searchable
          filter={({ options }) => options}
          searchValue={externalSearch}
          onSearchChange={setExternalSearch}
          nothingFoundMessage="No external user matches"
          data={externalOptions}
          value={values.assignedExternalUserIds}
          onChange={(v) => {
            setPickedExternal((before) => [...before, ...externalPeople.filter((x) => v.includes(x.id))]);
            set('assignedExternalUserIds', v);
          }}
          error={errorOf('assignedExternalUserIds')}
        />
        <Textarea
          label="Checklist"
          description="One step per line. Steps whose text is unchanged keep their ticks."
          autosize
          minRows={3}
          value={values.checklist}
          onChange={(e) => set('checklist', e.currentTarget.value)}
          error={props.errors.filter((e) => e.field?.startsWith('checklist') || e.field?.startsWith('entries')).map((e) => e.message).join(' ') || undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>Cancel</Button>
          <Button type="submit" loading={props.saving}>Save</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The fields createItem and updateItem share, from the form's values. */
export function itemInputFields(v: ItemFormValues) {
  return {
    title: v.title,
    description: v.description,
    dueAt: v.dueAt ? new Date(v.dueAt).toISOString() : null,
    departmentId: v.departmentId || null,
    confidentialLevel: v.confidentialLevel ? Number(v.confidentialLevel) : null,
    ownerGroupId: v.ownerGroupId || null,
    sharedGroupIds: v.sharedGroupIds,
    assignedEmployeeIds: v.assignedEmployeeIds,
    assignedExternalUserIds: v.assignedExternalUserIds,
  };
}
