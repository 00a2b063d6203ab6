import { emptyPermission } from '@gatehouse/access';
import { screen } from '@testing-library/react';
import { MeDocument } from '../../../gql/graphql';
import { buildViewer } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ItemsPage } from './items-page';

describe('ItemsPage', () => {
  it('tells someone without access to the module why, instead of asking the server for a list it would refuse', async () => {
    const viewer = buildViewer('GENERAL', { grants: [{ ...emptyPermission('JOBS'), canAccess: true }] });
    renderWithApp(<ItemsPage module="INCIDENTS" />, { mocks: [{ request: { query: MeDocument }, result: { data: { me: viewer } } }], path: '/incidents' });
    expect(await screen.findByText(/You do not have access to Incidents/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New incident' })).not.toBeInTheDocument();
  });
});
