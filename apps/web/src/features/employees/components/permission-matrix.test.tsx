import type { Role } from '@gatehouse/access';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { buildViewer } from '../../../test/factories';
import { onNarrowScreen } from '../../../test/media';
import { viewerPrincipal } from '../../auth/viewer-access';
import { blankEmployeeValues } from '../employee-input';
import { permissionRows, type PermissionRow } from '../permission-rows';
import { EmployeeForm } from './employee-form';
import { PermissionMatrix } from './permission-matrix';

function Matrix({ role, initial = permissionRows() }: { role: Role; initial?: PermissionRow[] }) {
  const [rows, setRows] = useState(initial);
  return <PermissionMatrix role={role} rows={rows} onChange={setRows} />;
}

const renderMatrix = (role: Role, initial?: PermissionRow[]) =>
  render(
    <MantineProvider>
      <Matrix role={role} initial={initial} />
    </MantineProvider>,
  );

const box = (name: string) => screen.getByRole('checkbox', { name });
const select = (name: string) => screen.getByRole('combobox', { name });

describe('PermissionMatrix', () => {
  it('has a row per module with access, module admin, scopes and see/edit boxes for levels 1–10', () => {
    renderMatrix('GENERAL');
    const table = screen.getByRole('table', { name: 'Module permissions' });
    for (const module of ['Jobs', 'Incidents']) {
      expect(within(table).getByRole('rowheader', { name: module })).toBeInTheDocument();
      expect(box(`${module}: access`)).toBeInTheDocument();
      expect(box(`${module}: module admin`)).toBeInTheDocument();
      expect(select(`${module}: see scope`)).toBeInTheDocument();
      expect(select(`${module}: edit scope`)).toBeInTheDocument();
      for (let level = 1; level <= 10; level++) {
        expect(box(`${module}: see level ${level}`)).toBeInTheDocument();
        expect(box(`${module}: edit level ${level}`)).toBeInTheDocument();
      }
    }
  });

  it('locks nothing for a general employee; the rest of a row waits for Access', async () => {
    renderMatrix('GENERAL');
    expect(box('Jobs: access')).toBeEnabled();
    expect(box('Jobs: access')).not.toBeChecked();
    expect(box('Jobs: see level 3')).toBeDisabled();

    await userEvent.click(box('Jobs: access'));
    expect(box('Jobs: access')).toBeChecked();
    expect(box('Jobs: module admin')).toBeEnabled();
    expect(select('Jobs: see scope')).toBeEnabled();
    expect(box('Jobs: see level 3')).toBeEnabled();
    expect(box('Incidents: see level 3')).toBeDisabled();
  });

  it.each<[Role]>([['ADMIN'], ['USER_ADMIN']])('%s: access and both scopes are ticked, greyed and disabled; levels stay open', (role) => {
    renderMatrix(role);
    expect(box('Jobs: access')).toBeChecked();
    expect(box('Jobs: access')).toBeDisabled();
    expect(select('Jobs: see scope')).toHaveValue('ALL');
    expect(select('Jobs: see scope')).toBeDisabled();
    expect(select('Jobs: edit scope')).toHaveValue('ALL');
    expect(select('Jobs: edit scope')).toBeDisabled();
    expect(box('Jobs: module admin')).toBeEnabled();
    expect(box('Jobs: see level 7')).toBeEnabled();
    expect(box('Incidents: module admin')).toBeEnabled();
    expect(box('Incidents: see level 7')).toBeEnabled();
    expect(box('Jobs: see level 7')).not.toBeChecked();
  });

  it('ACCOUNT_ADMIN: every part, every level, is ticked and locked', () => {
    renderMatrix('ACCOUNT_ADMIN');
    for (const name of ['Incidents: access', 'Incidents: module admin', 'Incidents: see level 1', 'Incidents: edit level 10']) {
      expect(box(name)).toBeChecked();
      expect(box(name)).toBeDisabled();
    }
  });

  it('ticking an edit level ticks its see level; unticking see drops the edit level', async () => {
    const withAccess = permissionRows().map((r) => ({ ...r, canAccess: true }));
    renderMatrix('GENERAL', withAccess);
    await userEvent.click(box('Jobs: edit level 4'));
    expect(box('Jobs: see level 4')).toBeChecked();
    await userEvent.click(box('Jobs: see level 4'));
    expect(box('Jobs: edit level 4')).not.toBeChecked();
  });
});

describe('EmployeeForm role change', () => {
  it('recomputes the locked parts when the role select changes', async () => {
    render(
      <MantineProvider>
        <EmployeeForm
          initialValues={blankEmployeeValues()}
          before={null}
          actor={viewerPrincipal(buildViewer('ACCOUNT_ADMIN'))}
          departments={[]}
          groups={[]}
          onSubmit={async () => []}
          onCancel={() => undefined}
        />
      </MantineProvider>,
    );
    expect(box('Jobs: access')).toBeEnabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'ADMIN');
    expect(box('Jobs: access')).toBeChecked();
    expect(box('Jobs: access')).toBeDisabled();
    expect(box('Jobs: see level 1')).toBeEnabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'ACCOUNT_ADMIN');
    expect(box('Jobs: see level 1')).toBeChecked();
    expect(box('Jobs: see level 1')).toBeDisabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'GENERAL');
    expect(box('Jobs: access')).not.toBeChecked();
    expect(box('Jobs: access')).toBeEnabled();
  });

  it('offers no account-admin role to a user admin', () => {
    render(
      <MantineProvider>
        <EmployeeForm
          initialValues={blankEmployeeValues()}
          before={null}
          actor={viewerPrincipal(buildViewer('USER_ADMIN'))}
          departments={[]}
          groups={[]}
          onSubmit={async () => []}
          onCancel={() => undefined}
        />
      </MantineProvider>,
    );
    expect(screen.getByRole('option', { name: 'Account admin' })).toBeDisabled();
    expect(screen.getByRole('option', { name: 'Admin' })).toBeEnabled();
  });
});

describe('PermissionMatrix below the lg breakpoint', () => {
  onNarrowScreen();

  it('is a card per module with the same controls, full scope labels and the role lock', async () => {
    renderMatrix('ADMIN');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const jobs = screen.getByRole('region', { name: 'Jobs' });
    expect(within(jobs).getByRole('checkbox', { name: 'Jobs: access' })).toBeDisabled();
    const edit = within(jobs).getByRole('combobox', { name: 'Jobs: edit scope' });
    expect(within(edit).getAllByRole('option').map((o) => o.textContent)).toEqual(['All', 'Department', 'None']);
    expect(within(jobs).getAllByRole('checkbox', { name: /^Jobs: (see|edit) level/ })).toHaveLength(20);

    await userEvent.click(within(jobs).getByRole('checkbox', { name: 'Jobs: see level 4' }));
    expect(box('Jobs: see level 4')).toBeChecked();
    expect(box('Incidents: see level 4')).not.toBeChecked();
  });
});
