import { emptyPermission, type ModulePermission } from '@gatehouse/access';
import { screen } from '@testing-library/react';
import { MeDocument } from '../../gql/graphql';
import { buildViewer } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { MainNav } from './main-nav';

const jobsOnly: ModulePermission = { ...emptyPermission('JOBS'), canAccess: true };

function renderFor(viewer: ReturnType<typeof buildViewer>) {
  renderWithApp(<MainNav />, { mocks: [{ request: { query: MeDocument }, result: { data: { me: viewer } } }] });
}

describe('MainNav', () => {
  it('shows every module to an admin', async () => {
    renderFor(buildViewer('ADMIN', { grants: [] }));
    expect(await screen.findByRole('link', { name: 'Jobs' })).toHaveAttribute('href', '/jobs');
    expect(screen.getByRole('link', { name: 'Incidents' })).toHaveAttribute('href', '/incidents');
  });

  it('shows a GENERAL employee only the modules they may open', async () => {
    renderFor(buildViewer('GENERAL', { grants: [jobsOnly] }));
    expect(await screen.findByRole('link', { name: 'Jobs' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Incidents' })).not.toBeInTheDocument();
  });

  it('shows a GENERAL employee without module access only Home', async () => {
    renderFor(buildViewer('GENERAL', { grants: [] }));
    expect(await screen.findByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Jobs' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Incidents' })).not.toBeInTheDocument();
  });
});
