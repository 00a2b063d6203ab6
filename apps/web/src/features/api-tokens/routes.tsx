import type { RouteObject } from 'react-router';
import { ApiTokensPage } from './pages/api-tokens-page';
import { CreateApiTokenPage } from './pages/create-api-token-page';
import { RevokeApiTokenPage } from './pages/revoke-api-token-page';

/** The Account Settings tab this feature adds. */
export const API_TOKENS_TAB = { value: 'api-tokens', label: 'API tokens' } as const;

/** Under /settings/account: the list, with the Create drawer and the Revoke confirmation as child routes. */
export const apiTokenRoutes: RouteObject[] = [
  {
    path: API_TOKENS_TAB.value,
    element: <ApiTokensPage />,
    children: [
      { path: 'new', element: <CreateApiTokenPage /> },
      { path: ':tokenId/revoke', element: <RevokeApiTokenPage /> },
    ],
  },
];
