import { useMutation, useQuery } from '@apollo/client/react';
import type { ModuleKey } from '@gatehouse/access';
import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { CreateItemDocument, ItemDocument, UpdateItemDocument } from '../../../gql/graphql';
import { PageLoader } from '../../../ui/page-loader';
import { useUnsavedChangesGuard } from '../../../ui/unsaved-changes';
import { ItemForm, itemInputFields } from '../components/item-form';
import { itemNoun } from '../item-modules';

function useBack(to: string): () => void {
  const navigate = useNavigate();
  const { search } = useLocation();
  return () => void navigate({ pathname: to, search });
}

function FormDrawer({ title, close, children }: { readonly title: string; readonly close: () => void; readonly children: ReactNode }) {
  const guard = useUnsavedChangesGuard(close);
  return (
    <Drawer opened onClose={guard.requestClose} position="right" size={640} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      {guard.question}
      <guard.Provider>{children}</guard.Provider>
    </Drawer>
  );
}

/** New job or incident, in a drawer over the list; saving opens the new item. */
export function NewItemPage({ module }: { readonly module: ModuleKey }) {
  const close = useBack('..');
  const navigate = useNavigate();
  const { search } = useLocation();
  const [create, { data, loading }] = useMutation(CreateItemDocument, { refetchQueries: ['Items'] });
  return (
    <FormDrawer title={`New ${itemNoun(module)}`} close={close}>
      <ItemForm
        module={module}
        withChecklist
        saving={loading}
        errors={data?.createItem.userErrors ?? []}
        onCancel={close}
        onSubmit={(v) =>
          void create({ variables: { input: { module, ...itemInputFields(v), checklist: v.checklist.split('\n').map((l) => l.trim()).filter(Boolean) } } }).then((r) => {
            const id = r.data?.createItem.item?.id;
            if (id) void navigate({ pathname: `../${id}`, search });
          })
        }
      />
    </FormDrawer>
  );
}

/** Edit an item's fields, in a drawer; saving returns to its detail. */
export function EditItemPage({ module }: { readonly module: ModuleKey }) {
  const { itemId = '' } = useParams();
  const close = useBack('..');
  const { data: loaded, loading: loadingItem } = useQuery(ItemDocument, { variables: { id: itemId } });
  const [update, { data, loading }] = useMutation(UpdateItemDocument);
  const item = loaded?.item;
  return (
    <FormDrawer title={`Edit ${itemNoun(module)}`} close={close}>
      {loadingItem && !item ? (
        <PageLoader />
      ) : (
        <ItemForm
          module={module}
          item={item}
          withChecklist={false}
          saving={loading}
          errors={data?.updateItem.userErrors ?? []}
          onCancel={close}
          onSubmit={(v) =>
            void update({ variables: { input: { id: itemId, ...itemInputFields(v) } } }).then((r) => {
              if (r.data?.updateItem.item) close();
            })
          }
        />
      )}
    </FormDrawer>
  );
}
