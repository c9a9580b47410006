export * from './content';
export * from './history';
export * from './staff';
