export { departmentRoutes } from './routes';
