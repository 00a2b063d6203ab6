import { MODULE_LABELS, MODULES, principalPermission, type ModuleKey, type ModulePermission } from '@gatehouse/access';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { viewerPrincipal } from '../auth';

/** The URL segment of a module's pages: its label in lower case ("jobs", "incidents"). */
export function modulePath(module: ModuleKey): string {
  return `/${MODULE_LABELS[module].toLowerCase()}`;
}

/** The singular noun for one item of a module, for buttons and titles ("job", "incident"). */
export function itemNoun(module: ModuleKey): string {
  return MODULE_LABELS[module].toLowerCase().replace(/s$/, '');
}

/** What the viewer may do in `module`, for shaping the UI (the server decides). */
export function viewerModulePermission(viewer: ViewerFieldsFragment | null | undefined, module: ModuleKey): ModulePermission | null {
  return viewer ? principalPermission(viewerPrincipal(viewer), module) : null;
}

/** The modules the viewer may open, in registry order. */
export function accessibleModules(viewer: ViewerFieldsFragment | null | undefined): ModuleKey[] {
  return MODULES.filter((m) => viewerModulePermission(viewer, m)?.canAccess ?? false);
}
