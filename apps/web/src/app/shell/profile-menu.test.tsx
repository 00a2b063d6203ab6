import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildViewer } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { ProfileMenu } from './profile-menu';

describe('ProfileMenu', () => {
  it('links to the terms of use for every role', async () => {
    renderWithApp(<ProfileMenu viewer={buildViewer('GENERAL')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Profile menu for Ada Admin' }));
    expect(await screen.findByRole('menuitem', { name: 'Terms of use' })).toHaveAttribute('href', '/terms');
  });
});
