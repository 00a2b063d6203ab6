import { Stack, Text } from '@mantine/core';

/** Terms text as paragraphs: blank lines separate them, single line breaks are kept. */
export function TermsText({ text }: { readonly text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <Stack gap="sm">
      {paragraphs.map((p, i) => (
        // Paragraphs of one text have no ids and are never reordered: the place is the identity.
        <Text key={i} style={{ whiteSpace: 'pre-line' }}>
          {p}
        </Text>
      ))}
    </Stack>
  );
}
