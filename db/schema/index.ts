export * from './content';
export * from './history';
export * from './staff';
export * from './staff-sessions';
export * from './media-uploads';
export * from './media';
export * from './view-claims';
export * from './search-words';
