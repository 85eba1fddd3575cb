export * from './key-value-area';
export * from './layout';
export * from './migrate';
export * from './transfer';
export * from './case-store';
