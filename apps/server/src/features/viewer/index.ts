export { loadViewer, viewerOfNewSession } from './viewer.queries';
export { ViewerType } from './viewer.types';
export { ViewerResolver } from './viewer.resolver';
export { ViewerPayload } from './viewer.types';
