import { MODULES } from '@gatehouse/access';
import type { RouteObject } from 'react-router';
import { modulePath } from './item-modules';
import { ItemDetailPage } from './pages/item-detail-page';
import { EditItemPage, NewItemPage } from './pages/item-form-pages';
import { ItemsPage } from './pages/items-page';

/** A list route per module of the registry (/jobs, /incidents), with New, detail and Edit drawers as child routes. */
export const itemRoutes: RouteObject[] = MODULES.map((module) => ({
  path: modulePath(module).slice(1),
  element: <ItemsPage key={module} module={module} />,
  children: [
    { path: 'new', element: <NewItemPage module={module} /> },
    { path: ':itemId', element: <ItemDetailPage /> },
    { path: ':itemId/edit', element: <EditItemPage module={module} /> },
  ],
}));
