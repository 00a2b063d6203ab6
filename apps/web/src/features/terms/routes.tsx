import type { RouteObject } from 'react-router';
import { GeneralSettingsPage } from './pages/general-settings-page';
import { TermsPage } from './pages/terms-page';

/** `/terms`, readable signed out. */
export const termsRoutes: RouteObject[] = [{ path: '/terms', element: <TermsPage /> }];

/** The General tab of Account Settings. */
export const generalSettingsRoute: RouteObject = { path: 'general', element: <GeneralSettingsPage /> };
