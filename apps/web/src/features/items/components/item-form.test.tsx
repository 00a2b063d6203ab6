import { emptyPermission, type ModulePermission } from '@gatehouse/access';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ItemChoicesDocument, MeDocument } from '../../../gql/graphql';
import { buildViewer } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { checklistEntries, ItemForm, type ItemFormValues } from './item-form';

const editor: ModulePermission = { ...emptyPermission('JOBS'), canAccess: true, seeScope: 'ALL', editScope: 'ALL', seeLevels: [2, 3, 5], editLevels: [2, 5] };
const choices = {
  request: { query: ItemChoicesDocument, variables: { module: 'JOBS' } },
  result: {
    data: {
      itemChoices: {
        __typename: 'ItemChoices',
        departments: [{ __typename: 'ItemRef', id: 'd1', name: 'Security' }],
        userGroups: [{ __typename: 'ItemRef', id: 'g1', name: 'Stewards' }],
        employees: [{ __typename: 'ItemEmployee', id: 'e1', firstName: 'Sam', surname: 'Steward' }],
      },
    },
  },
};

describe('ItemForm', () => {
  it('offers only the confidential levels the viewer may edit, and sends what was entered', async () => {
    const sent: ItemFormValues[] = [];
    renderWithApp(<ItemForm module="JOBS" saving={false} errors={[]} onCancel={() => undefined} onSubmit={(v) => sent.push(v)} />, {
      mocks: [{ request: { query: MeDocument }, result: { data: { me: buildViewer('GENERAL', { grants: [editor] }) } } }, choices],
    });
    const level = screen.getByRole('combobox', { name: 'Confidential level' });
    await within(level).findByRole('option', { name: 'Level 5' });
    expect(within(level).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not confidential', 'Level 2', 'Level 5']);
    await userEvent.type(screen.getByRole('textbox', { name: /^Title/ }), 'Check gate 3');
    await within(screen.getByRole('combobox', { name: 'Department' })).findByRole('option', { name: 'Security' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'd1');
    await userEvent.selectOptions(level, '5');
    await userEvent.type(screen.getByRole('textbox', { name: /^Checklist/ }), 'Open{Enter}Close');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([expect.objectContaining({ title: 'Check gate 3', departmentId: 'd1', confidentialLevel: '5', checklist: 'Open\nClose' })]);
  });

  it('places userErrors beside their fields', async () => {
    renderWithApp(
      <ItemForm module="JOBS" saving={false} errors={[{ field: 'title', message: 'Required.' }, { field: null, message: 'Something else.' }]} onCancel={() => undefined} onSubmit={() => undefined} />,
      { mocks: [{ request: { query: MeDocument }, result: { data: { me: buildViewer('ADMIN') } } }, choices] },
    );
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAccessibleDescription('Required.');
    expect(screen.getByRole('alert')).toHaveTextContent('Something else.');
  });
});

describe('checklistEntries', () => {
  it('keeps the entries whose text is unchanged, in the new order, and adds the rest', () => {
    const current = [
      { __typename: 'ChecklistEntry' as const, id: 'a', position: 0, text: 'Open', tick: null },
      { __typename: 'ChecklistEntry' as const, id: 'b', position: 1, text: 'Close', tick: null },
    ];
    expect(checklistEntries('Close\n\n New step \nOpen', current)).toEqual([
      { id: 'b', text: 'Close' },
      { id: null, text: 'New step' },
      { id: 'a', text: 'Open' },
    ]);
  });
});
