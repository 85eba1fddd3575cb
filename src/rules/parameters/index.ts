export * from './parameter';
export * from './fees';
export * from './account';
export * from './income';
export * from './ages';
export * from './windows';
export * from './language';
export * from './user-values';
