import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  ArchiveItemDocument,
  CompleteItemDocument,
  DeleteItemDocument,
  ItemDocument,
  ReopenItemDocument,
  TickChecklistEntryDocument,
  UntickChecklistEntryDocument,
} from '../../../gql/graphql';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { FormAlert } from '../../../ui/form-alert';
import { PageLoader } from '../../../ui/page-loader';
import { formatDue, ItemStatusBadge } from '../components/item-status-badge';

/** One item in a drawer: its fields, the checklist (a tick shows who and when), and what the viewer may do. */
export function ItemDetailPage() {
  const { itemId = '' } = useParams();
  const navigate = useNavigate();
  const { search } = useLocation();
  const close = () => void navigate({ pathname: '..', search });
  const { data, loading } = useQuery(ItemDocument, { variables: { id: itemId } });
  const [complete, completing] = useMutation(CompleteItemDocument);
  const [reopen, reopening] = useMutation(ReopenItemDocument);
  const [archive, archiving] = useMutation(ArchiveItemDocument);
  const [remove, removing] = useMutation(DeleteItemDocument, { refetchQueries: ['Items'] });
  const [tick] = useMutation(TickChecklistEntryDocument);
  const [untick] = useMutation(UntickChecklistEntryDocument);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const item = data?.item;
  const errors = [completing, reopening, archiving].flatMap((m) => {
    const payload = m.data ? Object.values(m.data)[0] : null;
    return payload && 'userErrors' in payload ? payload.userErrors.map((e) => e.message) : [];
  });

  return (
    <Drawer opened onClose={close} position="right" size={640} title={item?.title ?? 'Item'} closeButtonProps={{ 'aria-label': 'Close' }}>
      {loading && !item ? (
        <PageLoader />
      ) : !item ? (
        <Text>This item does not exist, or you may not see it.</Text>
      ) : (
        <Stack>
          <Group gap="xs">
            <ItemStatusBadge item={item} />
            {item.confidentialLevel !== null && <Badge color="red" variant="light">Level {item.confidentialLevel}</Badge>}
          </Group>
          {item.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{item.description}</Text>}
          <Text size="sm">Due: {formatDue(item.dueAt)}</Text>
          <Text size="sm">Department: {item.department?.name ?? 'none'}</Text>
          <Text size="sm">Owner group: {item.ownerGroup?.name ?? 'none'}</Text>
          <Text size="sm">Shared with: {item.sharedGroups.map((g) => g.name).join(', ') || 'no groups'}</Text>
          <Text size="sm">Assigned: {item.assignedEmployees.map((e) => `${e.firstName} ${e.surname}`).join(', ') || 'nobody'}</Text>
          {item.assignedExternalUsers.length > 0 && (
            <Text size="sm">External: {item.assignedExternalUsers.map((x) => `${x.firstName} ${x.lastName}`).join(', ')}</Text>
          )}
          <FormAlert messages={errors} />
          <Title order={2} size="h4">Checklist</Title>
          {item.checklist.length === 0 && <Text c="dimmed">No checklist.</Text>}
          <Stack gap="xs" role="list" aria-label="Checklist">
            {item.checklist.map((entry) => (
              <div key={entry.id} role="listitem">
                <Checkbox
                  label={entry.text}
                  checked={entry.tick !== null}
                  disabled={!item.viewerCanEdit || item.isArchived}
                  onChange={(e) => void (e.currentTarget.checked ? tick : untick)({ variables: { input: { entryId: entry.id } } })}
                  description={entry.tick ? `Ticked by ${entry.tick.name}${entry.tick.byExternalUser ? ' (external)' : ''}, ${new Date(entry.tick.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}` : undefined}
                />
              </div>
            ))}
          </Stack>
          <Group>
            {item.viewerCanEdit && !item.isArchived && (
              <>
                <Button component={Link} to={{ pathname: 'edit', search }} variant="default">Edit</Button>
                {item.status === 'OPEN' ? (
                  <Button loading={completing.loading} onClick={() => void complete({ variables: { input: { id: item.id } } })}>Complete</Button>
                ) : (
                  <Button loading={reopening.loading} onClick={() => void reopen({ variables: { input: { id: item.id } } })}>Reopen</Button>
                )}
              </>
            )}
            {item.viewerCanAdminister && (
              <>
                <Button variant="default" loading={archiving.loading} onClick={() => void archive({ variables: { input: { id: item.id, isArchived: !item.isArchived } } })}>
                  {item.isArchived ? 'Restore' : 'Archive'}
                </Button>
                <Button color="red" variant="light" onClick={() => setConfirmingDelete(true)}>
                  Delete
                </Button>
                {confirmingDelete && (
                  <ConfirmModal
                    title={`Delete “${item.title}”?`}
                    message="The item and its checklist are deleted for everyone. This cannot be undone."
                    confirmLabel="Delete"
                    loading={removing.loading}
                    errors={removing.data?.deleteItem.userErrors.map((e) => e.message) ?? []}
                    onClose={() => setConfirmingDelete(false)}
                    onConfirm={() =>
                      void remove({ variables: { input: { id: item.id } } }).then((r) => {
                        if (r.data?.deleteItem.deletedId) close();
                      })
                    }
                  />
                )}
              </>
            )}
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
