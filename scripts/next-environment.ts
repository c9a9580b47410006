/**
 * Next.js's environment under the launcher: the database and secret it settled on. Nothing about
 * cookies: `npm start` keeps Secure session cookies even on the embedded default (browsers accept them
 * from http://localhost, a secure context), `npm run dev` never sets them, and AUTH_INSECURE_COOKIES
 * passes through only when whoever starts the site sets it.
 */
export function nextEnvironment(base: NodeJS.ProcessEnv, databaseUrl: string, authSecret: string): NodeJS.ProcessEnv {
  return { ...base, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: '1' };
}
