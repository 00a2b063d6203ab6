export * from './error-codes';
export * from './names';
export * from './audit-actions';
export * from './employee-vocabulary';
export * from './item-vocabulary';
export * from './employee-csv';
export * from './external-user-vocabulary';
