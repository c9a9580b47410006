export * from './content';
export * from './history';
export * from './staff';
export * from './staff-sessions';
export * from './view-claims';
