import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MailboxAvailableDocument } from '../../gql/graphql';
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

  it.each([true, false])('shows Failed mail to a user admin, and the Mailbox only when the server has one (%s)', async (available) => {
    const mocks = [{ request: { query: MailboxAvailableDocument }, result: { data: { mailboxAvailable: available } } }];
    renderWithApp(<ProfileMenu viewer={buildViewer('USER_ADMIN')} />, { mocks });
    await userEvent.click(screen.getByRole('button', { name: 'Profile menu for Ada Admin' }));
    // The mailbox answer can arrive while the menu is opening or open; jsdom then hides the
    // dropdown (the browser test clicks the entries in Chromium), so items are looked up hidden or not.
    const failedMail = await screen.findByRole('menuitem', { name: 'Failed mail', hidden: true }, { timeout: 20_000 });
    expect(failedMail).toHaveAttribute('href', '/settings/mail');
    const mailbox = () => screen.queryByRole('menuitem', { name: 'Mailbox (development)', hidden: true });
    if (available) await waitFor(() => expect(mailbox()).toHaveAttribute('href', '/mailbox'));
    else {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(mailbox()).toBeNull();
    }
  }, 30_000);

  it('offers neither to a general employee', async () => {
    renderWithApp(<ProfileMenu viewer={buildViewer('GENERAL')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Profile menu for Ada Admin' }));
    await screen.findByRole('menuitem', { name: 'Terms of use' });
    expect(screen.queryByRole('menuitem', { name: 'Failed mail' })).toBeNull();
    expect(screen.queryByRole('menuitem', { name: 'Mailbox (development)' })).toBeNull();
  });
});
