import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { AuditPersonNameDocument, AuditPersonOptionsDocument } from '../../../gql/graphql';

const OPTIONS = 20;

/** Picks one person by typing part of their name; the current choice is labelled by name. */
export function PersonSelect({ label, value, onChange }: { readonly label: string; readonly value: string | null; readonly onChange: (id: string | null) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useQuery(AuditPersonOptionsDocument, { variables: { first: OPTIONS, search: debounced.trim() || null } });
  const { data: current } = useQuery(AuditPersonNameDocument, value ? { variables: { id: value } } : { skip: true, variables: { id: '' } });
  const options = (data?.employees.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.fullName }));
  const chosen = current?.employee;
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: chosen?.fullName ?? 'A deleted person' });
  }
  return (
    <Select
      label={label}
      placeholder="Anyone"
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage="No one by that name"
      filter={({ options: all }) => all}
    />
  );
}
