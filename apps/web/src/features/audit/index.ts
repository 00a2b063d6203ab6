export { auditRoutes } from './routes';
export { RecentChanges } from './components/recent-changes';
