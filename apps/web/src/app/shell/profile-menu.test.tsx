import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildViewer } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { ProfileMenu } from './profile-menu';

describe('ProfileMenu', () => {
  it('links to the terms of use for every role', async () => {
    renderWithApp(<ProfileMenu viewer={buildViewer('GENERAL')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Profile menu for Ada Admin' }));
    // The menu opens through a transition; a loaded CI machine has been seen to take over 5 s.
    expect(await screen.findByRole('menuitem', { name: 'Terms of use' }, { timeout: 20_000 })).toHaveAttribute('href', '/terms');
  });
});
