export function contentSecurityPolicy(scriptSources: readonly string[]): string;
export const NO_SCRIPT_POLICY: string;
export function securityHeaders(options: { production: boolean }): { key: string; value: string }[];
