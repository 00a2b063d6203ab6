import { Alert, List } from '@mantine/core';

export interface FormAlertProps {
  readonly messages: readonly string[];
  readonly title?: string;
}

/** Errors a form cannot place beside one of its fields. Renders nothing when there are none. */
export function FormAlert({ messages, title = 'Could not save' }: FormAlertProps) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" title={title} role="alert">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
