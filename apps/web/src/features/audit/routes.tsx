import type { RouteObject } from 'react-router';
import { AuditPage } from './pages/audit-page';

export const auditRoutes: RouteObject[] = [{ path: 'settings/audit', element: <AuditPage /> }];
