import { AUDIT_ACTIONS } from '@gatehouse/contracts';
import { Group, Select, TextInput } from '@mantine/core';
import { ACTION_LABELS } from '../audit-sentence';
import type { AuditFilterKey, AuditFilters } from '../hooks/use-audit-filters';
import { PersonSelect } from './person-select';

const ACTION_OPTIONS = AUDIT_ACTIONS.map((a) => ({ value: a, label: ACTION_LABELS[a] }));

/** Who, what, about whom and when: each control writes its URL parameter. */
export function AuditFiltersBar({ filters, set }: { readonly filters: AuditFilters; readonly set: (key: AuditFilterKey, value: string | null) => void }) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <PersonSelect label="Done by" value={filters.actor} onChange={(v) => set('actor', v)} />
      <Select label="Action" placeholder="Any action" clearable data={ACTION_OPTIONS} value={filters.action} onChange={(v) => set('action', v)} />
      <PersonSelect label="About person" value={filters.person} onChange={(v) => set('person', v)} />
      <TextInput type="date" label="From" value={filters.from ?? ''} onChange={(e) => set('from', e.currentTarget.value || null)} />
      <TextInput type="date" label="To" value={filters.to ?? ''} onChange={(e) => set('to', e.currentTarget.value || null)} />
    </Group>
  );
}
