import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { useApiTokenList, useRevokeApiToken } from '../hooks/api-token-operations';

/** `api-tokens/:tokenId/revoke`: "Revoke this token?"; the client app's next request is refused. */
export function RevokeApiTokenPage() {
  const { tokenId = '' } = useParams();
  const navigate = useNavigate();
  const close = () => void navigate('../..', { relative: 'path' });
  const token = useApiTokenList().rows.find((t) => t.id === tokenId);
  const revoke = useRevokeApiToken();
  const [errors, setErrors] = useState<string[]>([]);
  const name = token?.name ?? 'this token';
  const confirm = async () => {
    const payload = await revoke.run(tokenId);
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(payload.userErrors.map((e) => e.message));
      return;
    }
    notifications.show({ color: 'green', message: `Revoked “${name}”.` });
    close();
  };
  return (
    <ConfirmModal
      title="Revoke API token?"
      message={`Apps using “${name}” will be refused from their next request. This cannot be undone: to reconnect them, create a new token.`}
      confirmLabel="Revoke token"
      loading={revoke.loading}
      errors={errors}
      onClose={close}
      onConfirm={() => void confirm()}
    />
  );
}
