import { z } from 'zod';

// Every environment variable Bawaba reads, described once. The descriptions are data: .env.example and
// the README's table are generated from them (`npm run env:docs`), and a unit test fails when they drift.

export const ENV_GROUPS = ['Site', 'Database', 'Staff sign-in', 'Media', 'Most read', 'Tests and tools'] as const;
export type EnvGroup = (typeof ENV_GROUPS)[number];
export type LaunchCommand = 'dev' | 'build' | 'start';

export interface EnvVariable<T> {
  group: EnvGroup;
  /** One line, for .env.example and the README. */
  description: string;
  /** The value an unset (or empty) variable takes, run through `schema` like any other. */
  default?: string;
  /** What an unset variable means, for those without a `default`. */
  unset?: string;
  /** A value to show in .env.example when there is no default. */
  example?: string;
  /** `npm run build` / `npm start` with the deployment's own DATABASE_URL refuse to run without it. */
  requiredWithOwnDatabase?: readonly LaunchCommand[];
  /** Required whatever the command, once another variable has this value (S3_BUCKET once MEDIA_STORE=s3). */
  requiredWhen?: { variable: string; value: string };
  /** Never echoed in an error message. */
  secret?: boolean;
  schema: z.ZodType<T>;
}

const variable = <T>(spec: EnvVariable<T>) => spec;

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

const port = () => integer(1, 65_535);

const flag = () => z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

const postgresUrl = () =>
  z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL (postgres://user:password@host:5432/name)' });

// Comma-separated postgres:// URLs; unset or empty is none.
const postgresUrls = () =>
  z
    .string()
    .transform((raw) =>
      raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(postgresUrl()));

// An origin and nothing else: every absolute URL the site prints is this plus a path.
const origin = () =>
  z.string().transform((raw, ctx) => {
    const url = URL.canParse(raw) ? new URL(raw) : null;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', message: 'must be an absolute http(s) URL such as https://www.example.com' });
      return z.NEVER;
    }
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
      ctx.addIssue({
        code: 'custom',
        message: `must be the bare address, without path, query or credentials (${url.origin})`,
      });
      return z.NEVER;
    }
    return url.origin;
  });

export const ENV_VARIABLES = {
  SITE_URL: variable({
    group: 'Site',
    description:
      'Public address (no path): base of canonical, sitemap, feed, JSON-LD and (in production) sign-in URLs.',
    unset: '`http://localhost:$PORT` (the local demo)',
    example: 'https://www.example.com',
    requiredWithOwnDatabase: ['build', 'start'],
    schema: origin().optional(),
  }),
  PORT: variable({
    group: 'Site',
    description: 'Port the web server listens on (`npm run dev` and `npm start`).',
    default: '3000',
    schema: port(),
  }),
  DATABASE_URL: variable({
    group: 'Database',
    description: 'Your own PostgreSQL; migrations run at start-up. Tests create and drop a database on it.',
    unset: 'the embedded PostgreSQL',
    example: 'postgres://user:password@db.example.internal:5432/bawaba',
    secret: true,
    schema: postgresUrl().optional(),
  }),
  DATABASE_REPLICA_URLS: variable({
    group: 'Database',
    description: "Streaming replicas of DATABASE_URL, comma-separated: readers' pages, feeds, search read there.",
    unset: 'every query goes to DATABASE_URL',
    example:
      'postgres://user:password@replica-1.internal:5432/bawaba,postgres://user:password@replica-2.internal:5432/bawaba',
    secret: true,
    schema: postgresUrls()
      .optional()
      .transform((urls) => urls ?? []),
  }),
  SEED_DEMO: variable({
    group: 'Database',
    description: 'Seed the demo newspaper into an empty database (true) or never (false).',
    unset: 'only on the embedded PostgreSQL',
    example: 'true',
    schema: flag().optional(),
  }),
  EMBEDDED_PG_DIR: variable({
    group: 'Database',
    description: "The embedded PostgreSQL's data folder (used only without DATABASE_URL).",
    default: '.data/postgres',
    schema: z.string(),
  }),
  EMBEDDED_PG_PORT: variable({
    group: 'Database',
    description: "The embedded PostgreSQL's port; one already answering there is shared.",
    default: '54329',
    schema: port(),
  }),
  EMBEDDED_PG_DATABASE: variable({
    group: 'Database',
    description: 'The database the app uses on the embedded PostgreSQL.',
    default: 'bawaba',
    schema: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be letters, digits and _ only'),
  }),
  DATABASE_CONNECT_TIMEOUT_MS: variable({
    group: 'Database',
    description: 'A connection to PostgreSQL not made within this many milliseconds fails (a 503 for readers).',
    default: '2000',
    schema: integer(100, 60_000),
  }),
  DATABASE_STATEMENT_TIMEOUT_MS: variable({
    group: 'Database',
    description: "PostgreSQL cancels any of the app's statements running longer than this many milliseconds.",
    default: '5000',
    schema: integer(100, 600_000),
  }),
  AUTH_SECRET: variable({
    group: 'Staff sign-in',
    description: 'Signs staff sessions; at least 32 characters (`openssl rand -base64 33`). Auth.js reads it.',
    unset: 'generated into `.data/auth-secret` (demo, `npm run dev`)',
    requiredWithOwnDatabase: ['start'],
    secret: true,
    schema: z
      .string()
      .min(32, 'must be at least 32 characters (generate one with `openssl rand -base64 33`)')
      .optional(),
  }),
  ADMIN_EMAIL: variable({
    group: 'Staff sign-in',
    description: 'The first admin, created at start-up when the database has no users (with ADMIN_PASSWORD).',
    unset: 'no first admin',
    schema: z.email({ error: 'must be an email address' }).optional(),
  }),
  ADMIN_PASSWORD: variable({
    group: 'Staff sign-in',
    description: "The first admin's password; the staff password rules apply.",
    unset: 'no first admin',
    secret: true,
    schema: z.string().optional(),
  }),
  DEMO_STAFF: variable({
    group: 'Staff sign-in',
    description: 'Seed demo staff (passwords in the README) into a database with no users; never on public sites.',
    unset: 'only `npm run dev` on the embedded PostgreSQL',
    example: 'true',
    schema: flag().optional(),
  }),
  TRUST_PROXY_HEADERS: variable({
    group: 'Staff sign-in',
    description: 'Behind one reverse proxy: login limits use the right-most X-Forwarded-For entry, not the socket.',
    default: 'false',
    schema: flag(),
  }),
  AUTH_INSECURE_COOKIES: variable({
    group: 'Staff sign-in',
    description: 'Session cookies without Secure, for plain http beyond localhost (LAN IP); not on public sites.',
    default: 'false',
    schema: flag(),
  }),
  MEDIA_STORE: variable({
    group: 'Media',
    description: 'Where uploads are kept: `local` (the MEDIA_DIR folder) or `s3` (a bucket all instances share).',
    default: 'local',
    schema: z.enum(['local', 's3'], { error: 'must be local or s3' }),
  }),
  MEDIA_DIR: variable({
    group: 'Media',
    description: 'With MEDIA_STORE=local: the folder uploads are kept in; several instances must share it.',
    default: '.data/media',
    schema: z.string(),
  }),
  S3_BUCKET: variable({
    group: 'Media',
    description: 'With MEDIA_STORE=s3: the bucket (S3, R2, MinIO…) uploads are kept in; the app serves them.',
    unset: 'none',
    example: 'bawaba-media',
    requiredWhen: { variable: 'MEDIA_STORE', value: 's3' },
    schema: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3-63 lower-case letters, digits, . and -)')
      .optional(),
  }),
  S3_REGION: variable({
    group: 'Media',
    description: "With MEDIA_STORE=s3: the bucket's region (`auto` for Cloudflare R2).",
    default: 'us-east-1',
    schema: z.string().min(1),
  }),
  S3_ENDPOINT: variable({
    group: 'Media',
    description: "With MEDIA_STORE=s3: the S3-compatible service's address, for R2, MinIO and the like.",
    unset: 'AWS S3 itself',
    example: 'http://127.0.0.1:9000',
    schema: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:9000' }).optional(),
  }),
  S3_ACCESS_KEY_ID: variable({
    group: 'Media',
    description: 'With MEDIA_STORE=s3: the access key, given together with S3_SECRET_ACCESS_KEY.',
    unset: "the AWS SDK's own lookup (AWS_* variables, shared config, the machine's role)",
    requiredWhen: { variable: 'S3_SECRET_ACCESS_KEY', value: '*' },
    schema: z.string().optional(),
  }),
  S3_SECRET_ACCESS_KEY: variable({
    group: 'Media',
    description: 'With MEDIA_STORE=s3: the secret of S3_ACCESS_KEY_ID.',
    unset: 'as S3_ACCESS_KEY_ID',
    requiredWhen: { variable: 'S3_ACCESS_KEY_ID', value: '*' },
    secret: true,
    schema: z.string().optional(),
  }),
  S3_FORCE_PATH_STYLE: variable({
    group: 'Media',
    description: 'With MEDIA_STORE=s3: address the bucket as `endpoint/bucket` (MinIO), not `bucket.endpoint`.',
    default: 'false',
    schema: flag(),
  }),
  VIEWS_FLUSH_MS: variable({
    group: 'Most read',
    description: 'Counted views are written every this many milliseconds (shorter: fresher lists, more writes).',
    default: '5000',
    schema: integer(100, 300_000),
  }),
  VIEWS_FLUSH_MAX: variable({
    group: 'Most read',
    description: 'Counted views are also written once this many are waiting; a hard kill loses at most one batch.',
    default: '500',
    schema: integer(1, 100_000),
  }),
  CHROMIUM_PATH: variable({
    group: 'Tests and tools',
    description: 'The Chromium that Playwright and Lighthouse drive.',
    default: '/usr/bin/chromium',
    schema: z.string(),
  }),
  E2E_PORT: variable({
    group: 'Tests and tools',
    description: 'Port of the production server the browser tests start.',
    default: '3100',
    schema: port(),
  }),
  E2E_DATABASE_URL: variable({
    group: 'Tests and tools',
    description: 'Set by `npm run test:e2e`: the fresh database the browser tests run against.',
    unset: 'the browser tests refuse to run',
    secret: true,
    schema: postgresUrl().optional(),
  }),
  TEST_ALSO_DATABASE_URL: variable({
    group: 'Tests and tools',
    description: "`npm run test:integration` also runs them on this server, at the same time (CI: the machine's).",
    unset: 'one run, against `DATABASE_URL` or the embedded PostgreSQL',
    secret: true,
    schema: postgresUrl().optional(),
  }),
  CI: variable({
    group: 'Tests and tools',
    description: 'Set by CI services: Playwright refuses `test.only` and prints a plain list.',
    default: 'false',
    schema: z.string().transform((v) => v !== 'false' && v !== '0'),
  }),
  BENCH_PORT: variable({
    group: 'Tests and tools',
    description: 'Port of the first of the two instances `npm run bench` starts (the second takes the next port).',
    default: '3200',
    schema: port(),
  }),
  BENCH_SECONDS: variable({
    group: 'Tests and tools',
    description: '`npm run bench`: seconds of load on each page and target, over all rounds.',
    default: '8',
    schema: integer(1, 3_600),
  }),
  BENCH_CONCURRENCY: variable({
    group: 'Tests and tools',
    description: '`npm run bench`: concurrent clients.',
    default: '32',
    schema: integer(1, 10_000),
  }),
  BENCH_SKIP_BUILD: variable({
    group: 'Tests and tools',
    description: '`npm run bench` reuses an existing production build.',
    default: 'false',
    schema: flag(),
  }),
  SOAK_PORT: variable({
    group: 'Tests and tools',
    description: 'Port of the production server `npm run soak` starts.',
    default: '3300',
    schema: port(),
  }),
};

export type EnvName = keyof typeof ENV_VARIABLES;
export type EnvValue<K extends EnvName> = (typeof ENV_VARIABLES)[K] extends EnvVariable<infer T> ? T : never;
export const ENV_NAMES = Object.keys(ENV_VARIABLES) as EnvName[];
