export * from './error-codes';
export * from './names';
