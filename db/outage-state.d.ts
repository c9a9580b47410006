export function markUnreachable(now: number): void;
export function markReachable(): void;
export function databaseUnreachable(now: number): boolean;
