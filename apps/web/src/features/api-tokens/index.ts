export { API_TOKENS_TAB, apiTokenRoutes } from './routes';
