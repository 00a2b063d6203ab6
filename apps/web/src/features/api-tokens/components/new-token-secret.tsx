import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

export interface NewTokenSecretProps {
  readonly name: string;
  readonly token: string;
  readonly onDone: () => void;
}

/** The new token's secret, shown this once, with a copy button and a curl line to try it. */
export function NewTokenSecret({ name, token, onDone }: NewTokenSecretProps) {
  return (
    <Stack>
      <Alert color="yellow" title="Copy the token now">
        You will not see it again: Gatehouse keeps only a hash of it. If it is lost, revoke it and create a new one.
      </Alert>
      <Text size="sm">
        The token for <strong>{name}</strong>:
      </Text>
      <Code block aria-label="New API token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {token}
      </Code>
      <CopyButton value={token}>
        {({ copied, copy }) => (
          <Button onClick={copy} color={copied ? 'teal' : undefined} variant={copied ? 'light' : 'filled'}>
            {copied ? 'Copied' : 'Copy token'}
          </Button>
        )}
      </CopyButton>
      <Text size="sm" c="dimmed">
        Send it with every request as <Code>Authorization: Bearer &lt;token&gt;</Code>.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
