export { viewerOfNewSession } from './viewer.queries';
export { ViewerResolver } from './viewer.resolver';
export { ViewerPayload } from './viewer.types';
