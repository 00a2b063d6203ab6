export { TermsGate } from './components/terms-gate';
export { generalSettingsRoute, termsRoutes } from './routes';
