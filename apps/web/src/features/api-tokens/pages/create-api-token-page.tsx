import { Drawer } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useUnsavedChangesGuard } from '../../../ui/unsaved-changes';
import { CreateApiTokenForm } from '../components/create-api-token-form';
import { NewTokenSecret } from '../components/new-token-secret';
import { useCreateApiToken } from '../hooks/api-token-operations';

/** `api-tokens/new`: the Create drawer; after saving it shows the secret, once. */
export function CreateApiTokenPage() {
  const navigate = useNavigate();
  const close = () => void navigate('..', { relative: 'path' });
  const guard = useUnsavedChangesGuard(close);
  const create = useCreateApiToken();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  return (
    <Drawer
      opened
      onClose={created ? close : guard.requestClose}
      position="right"
      size="md"
      title={created ? 'API token created' : 'Create API token'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {guard.question}
      {created ? (
        <NewTokenSecret name={created.name} token={created.token} onDone={close} />
      ) : (
        <guard.Provider>
          <CreateApiTokenForm
            saving={create.loading}
            onCancel={close}
            onSubmit={async (input) => {
              const payload = await create.run(input);
              if (!payload) return null;
              if (payload.apiToken && payload.token && payload.userErrors.length === 0) {
                notifications.show({ color: 'green', message: `Created “${payload.apiToken.name}”.` });
                setCreated({ name: payload.apiToken.name, token: payload.token });
              }
              return payload.userErrors;
            }}
          />
        </guard.Provider>
      )}
    </Drawer>
  );
}
