import { TextInput } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { EmployeeDrawer } from '../features/employees/components/employee-drawer';
import { renderWithApp } from '../test/render';
import { NamedItemFormModal } from './named-item-form-modal';
import { useReportDirty } from './unsaved-changes';

function renderModal() {
  const onClose = jest.fn();
  renderWithApp(
    <NamedItemFormModal title="Add department" initialValues={{ name: '' }} onSave={jest.fn()} onSaved={jest.fn()} saving={false} onClose={onClose} />,
  );
  return { onClose };
}

function NameForm() {
  const [name, setName] = useState('');
  useReportDirty(name !== '');
  return <TextInput label="First name" value={name} onChange={(e) => setName(e.currentTarget.value)} />;
}

function renderDrawer() {
  return renderWithApp(null, {
    url: '/people/new',
    routes: [
      {
        path: '/people',
        element: <Outlet />,
        children: [{ path: 'new', element: <EmployeeDrawer title="Add employee"><NameForm /></EmployeeDrawer> }],
      },
    ],
  });
}

describe('unsaved changes', () => {
  it('closes a pristine dialog on Escape without asking', async () => {
    const { onClose } = renderModal();
    await screen.findByRole('dialog', { name: 'Add department' });
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'Discard changes?' })).not.toBeInTheDocument();
  });

  it('asks before a dialog throws typed work away; keeping it keeps the text, discarding closes', async () => {
    const { onClose } = renderModal();
    await userEvent.type(await screen.findByRole('textbox', { name: /Name/ }), 'Kitchen');
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByRole('dialog', { name: 'Discard changes?' })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard changes?' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Kitchen');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks before the drawer closes over a changed form, from the × too', async () => {
    const { router } = renderDrawer();
    await userEvent.type(await screen.findByRole('textbox', { name: 'First name' }), 'Bob');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('dialog', { name: 'Discard changes?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/people/new');
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/people'));
  });

  it('closes a pristine drawer at once', async () => {
    const { router } = renderDrawer();
    await screen.findByRole('textbox', { name: 'First name' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/people'));
  });
});
