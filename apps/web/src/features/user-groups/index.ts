export { userGroupRoutes } from './routes';
