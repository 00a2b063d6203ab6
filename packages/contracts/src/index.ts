export * from './error-codes';
export * from './names';
export * from './audit-actions';
export * from './employee-vocabulary';
export * from './external-user-vocabulary';
export * from './item-vocabulary';
