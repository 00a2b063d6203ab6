export { itemRoutes } from './routes';
export { accessibleModules, modulePath } from './item-modules';
