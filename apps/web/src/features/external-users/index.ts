export { externalUserRoutes } from './routes';
