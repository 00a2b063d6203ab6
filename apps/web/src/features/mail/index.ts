export { mailRoutes } from './routes';
export { useMailboxAvailable } from './hooks/use-mailbox-available';
