import { Stack, Text, Title } from '@mantine/core';

/** An honest placeholder for a module that is not built yet. */
export function ComingSoon({ title, description }: { readonly title: string; readonly description: string }) {
  return (
    <Stack gap="xs">
      <Title order={2}>{title}</Title>
      <Text>Coming soon. {description}</Text>
    </Stack>
  );
}
