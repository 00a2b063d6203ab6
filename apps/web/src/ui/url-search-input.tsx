import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** A search box bound to the `q` URL parameter (debounced), for simple named lists. */
export function UrlSearchInput({ label }: { readonly label: string }) {
  const [params, setParams] = useSearchParams();
  const current = params.get('q') ?? '';
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  const commit = useDebouncedCallback((v: string) => {
    const next = new URLSearchParams(params);
    if (v.trim()) next.set('q', v.trim());
    else next.delete('q');
    setParams(next, { replace: true });
  }, 300);
  return (
    <TextInput
      label={label}
      type="search"
      value={value}
      onChange={(e) => {
        setValue(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
    />
  );
}
