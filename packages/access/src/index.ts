/**
 * @gatehouse/access: roles, modules, module permissions and the rules of
 * the rules of who may do what, as data and pure functions. The server enforces them; the web app
 * uses the same functions only to shape the UI.
 */
export * from './roles';
export * from './modules';
export * from './permissions';
export * from './principal';
export * from './settings';
export * from './escalation';
export * from './visibility';
export * from './visibility-sql';
export * from './stored';
export * from './api-tokens';
