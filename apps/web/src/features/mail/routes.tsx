import type { RouteObject } from 'react-router';
import { FailedMailPage } from './pages/failed-mail-page';
import { MailboxMessagePage } from './pages/mailbox-message-page';
import { MailboxPage } from './pages/mailbox-page';

/** Failed mail under Settings; the development mailbox, with each message a drawer route. */
export const mailRoutes: RouteObject[] = [
  { path: 'settings/mail', element: <FailedMailPage /> },
  { path: 'mailbox', element: <MailboxPage />, children: [{ path: ':messageId', element: <MailboxMessagePage /> }] },
];
