import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MailboxAvailableDocument } from '../../gql/graphql';
import { buildViewer } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { ProfileMenu } from './profile-menu';

/*
 * The menu opens through a transition, and the mailbox answer can arrive while it is opening or
 * open; jsdom then marks the dropdown hidden (the browser tests click the entries in Chromium).
 * So the entries are looked up hidden or not, and a loaded CI machine gets time to open it.
 */
const OPEN_TIMEOUT_MS = 20_000;
const entry = (name: string) => screen.queryByRole('menuitem', { name, hidden: true });
const findEntry = (name: string) => screen.findByRole('menuitem', { name, hidden: true }, { timeout: OPEN_TIMEOUT_MS });

async function openMenu(): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Profile menu for Ada Admin' }));
}

describe('ProfileMenu', () => {
  it('links to the terms of use for every role', async () => {
    renderWithApp(<ProfileMenu viewer={buildViewer('GENERAL')} />);
    await openMenu();
    expect(await findEntry('Terms of use')).toHaveAttribute('href', '/terms');
  }, 30_000);

  it.each([true, false])('shows Failed mail to a user admin, and the Mailbox only when the server has one (%s)', async (available) => {
    const mocks = [{ request: { query: MailboxAvailableDocument }, result: { data: { mailboxAvailable: available } } }];
    renderWithApp(<ProfileMenu viewer={buildViewer('USER_ADMIN')} />, { mocks });
    await openMenu();
    expect(await findEntry('Failed mail')).toHaveAttribute('href', '/settings/mail');
    if (available) await waitFor(() => expect(entry('Mailbox (development)')).toHaveAttribute('href', '/mailbox'));
    else {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(entry('Mailbox (development)')).toBeNull();
    }
  }, 30_000);

  it('offers neither to a general employee', async () => {
    renderWithApp(<ProfileMenu viewer={buildViewer('GENERAL')} />);
    await openMenu();
    await findEntry('Terms of use');
    expect(entry('Failed mail')).toBeNull();
    expect(entry('Mailbox (development)')).toBeNull();
  }, 30_000);
});
