export { authRoutes } from './routes';
export { RequireAuth } from './components/require-auth';
export { RequireArea } from './components/require-area';
export { AccountSwitcher } from './components/account-switcher';
export { useViewer } from './hooks/use-viewer';
export { useLogout } from './hooks/use-session-actions';
export { viewerCanManage, viewerPrincipal } from './viewer-access';
