import { Center, Loader } from '@mantine/core';

/** A centred spinner with an accessible name while a page loads its data. */
export function PageLoader({ label = 'Loading' }: { readonly label?: string }) {
  return (
    <Center py="xl" role="status" aria-label={label}>
      <Loader />
    </Center>
  );
}
