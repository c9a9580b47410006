import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEnv, envProblem, InvalidEnvError, launchProblems } from '@/lib/env';
import { ENV_NAMES, ENV_VARIABLES } from '@/lib/env-variables';
import { siteUrl } from '@/lib/site-url';

const OWN_DATABASE = 'postgres://bawaba:s3cret-password@db.example.internal:5432/bawaba';
const SECRET = 'x'.repeat(32);

describe('environment variables, parsed one at a time', () => {
  it('gives the documented default for an unset or empty variable', () => {
    const env = createEnv({ PORT: '', VIEWS_FLUSH_MS: undefined });
    expect(env.PORT).toBe(3000);
    expect(env.VIEWS_FLUSH_MS).toBe(5_000);
    expect(env.MEDIA_DIR).toBe('.data/media');
    expect(env.TRUST_PROXY_HEADERS).toBe(false);
    expect(env.SITE_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBeUndefined();
  });

  it('keeps SITE_URL to a bare http(s) origin, without its trailing slash', () => {
    expect(createEnv({ SITE_URL: 'https://www.example.com/' }).SITE_URL).toBe('https://www.example.com');
    expect(createEnv({ SITE_URL: 'http://Localhost:3000' }).SITE_URL).toBe('http://localhost:3000');
    for (const bad of ['www.example.com', 'ftp://example.com', 'https://example.com/news', 'https://x.com/?a=1']) {
      expect(envProblem('SITE_URL', bad), bad).toMatch(/^SITE_URL=".*" must be/);
    }
    expect(envProblem('SITE_URL', 'https://editor:pw@example.com')).toContain('without path, query or credentials');
  });

  it('reads DATABASE_REPLICA_URLS as a comma-separated list of postgres:// URLs, none when unset', () => {
    expect(createEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(createEnv({ DATABASE_REPLICA_URLS: '' }).DATABASE_REPLICA_URLS).toEqual([]);
    const two = 'postgres://r@replica-1:5432/bawaba, postgresql://r@replica-2/bawaba,';
    expect(createEnv({ DATABASE_REPLICA_URLS: two }).DATABASE_REPLICA_URLS).toEqual([
      'postgres://r@replica-1:5432/bawaba',
      'postgresql://r@replica-2/bawaba',
    ]);
    // A password in any of them is never echoed.
    expect(envProblem('DATABASE_REPLICA_URLS', `${OWN_DATABASE},https://replica`)).toBe(
      'DATABASE_REPLICA_URLS must be a postgres:// URL (postgres://user:password@host:5432/name).',
    );
  });

  it('refuses a bad value by name when it is read, and names the range', () => {
    const env = createEnv({ PORT: 'eighty', VIEWS_FLUSH_MAX: '0', TRUST_PROXY_HEADERS: 'yes' });
    expect(() => env.PORT).toThrow(InvalidEnvError);
    expect(() => env.PORT).toThrow('PORT="eighty" must be a whole number from 1 to 65535');
    expect(() => env.VIEWS_FLUSH_MAX).toThrow('VIEWS_FLUSH_MAX="0" must be a whole number from 1 to 100000');
    expect(() => env.TRUST_PROXY_HEADERS).toThrow('TRUST_PROXY_HEADERS="yes" must be true or false');
    // The others are unaffected: nothing is parsed until it is read.
    expect(env.MEDIA_DIR).toBe('.data/media');
  });

  it('never echoes a secret in its error', () => {
    expect(envProblem('AUTH_SECRET', 'too-short')).toBe(
      'AUTH_SECRET must be at least 32 characters (generate one with `openssl rand -base64 33`).',
    );
    expect(envProblem('AUTH_SECRET', SECRET)).toBeNull();
    const problem = envProblem('DATABASE_URL', 'mysql://root:hunter2@db/bawaba');
    expect(problem).toMatch(/^DATABASE_URL must be a postgres:\/\/ URL/);
    expect(problem).not.toContain('hunter2');
  });

  it('reads again when the raw value changes, so the same process can be pointed elsewhere', () => {
    const source: Record<string, string | undefined> = { MEDIA_DIR: '/tmp/a' };
    const env = createEnv(source);
    expect(env.MEDIA_DIR).toBe('/tmp/a');
    source.MEDIA_DIR = '/tmp/b';
    expect(env.MEDIA_DIR).toBe('/tmp/b');
    delete source.MEDIA_DIR;
    expect(env.MEDIA_DIR).toBe('.data/media');
  });

  it('has a one-line description for every variable, and defaults its own schema accepts', () => {
    for (const name of ENV_NAMES) {
      const {
        description,
        default: value,
        unset,
      } = ENV_VARIABLES[name] as (typeof ENV_VARIABLES)[typeof name] & {
        default?: string;
        unset?: string;
      };
      expect(description, name).toMatch(/^\S.{10,110}$/);
      expect(description, name).not.toContain('|');
      expect(value !== undefined || unset !== undefined, `${name} says what unset means`).toBe(true);
      expect(envProblem(name, undefined), name).toBeNull();
    }
  });
});

describe('the site address', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is SITE_URL when set, read at call time so one build serves any host', () => {
    vi.stubEnv('SITE_URL', 'https://www.bawaba.example/');
    expect(siteUrl()).toBe('https://www.bawaba.example');
    vi.stubEnv('SITE_URL', 'https://mirror.bawaba.example');
    expect(siteUrl()).toBe('https://mirror.bawaba.example');
  });

  it("falls back to the local demo's own address when unset", () => {
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '4010');
    expect(siteUrl()).toBe('http://localhost:4010');
  });
});

describe('what the launcher refuses', () => {
  it('asks nothing of the embedded demo or of `npm run dev`', () => {
    for (const command of ['dev', 'build', 'start'] as const) expect(launchProblems(command, {})).toEqual([]);
    expect(launchProblems('dev', { DATABASE_URL: OWN_DATABASE })).toEqual([]);
  });

  it('refuses `npm start` on its own database without SITE_URL and AUTH_SECRET, naming both', () => {
    const problems = launchProblems('start', { DATABASE_URL: OWN_DATABASE, SITE_URL: '' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SITE_URL is not set; it is required by `npm run build` and `npm start`/);
    expect(problems[1]).toMatch(/^AUTH_SECRET is not set; it is required by `npm start`/);
    expect(
      launchProblems('start', { DATABASE_URL: OWN_DATABASE, SITE_URL: 'https://a.example', AUTH_SECRET: SECRET }),
    ).toEqual([]);
  });

  it('refuses `npm run build` on its own database without SITE_URL (the front page is rendered then)', () => {
    expect(launchProblems('build', { DATABASE_URL: OWN_DATABASE })).toEqual([
      expect.stringMatching(/^SITE_URL is not set/),
    ]);
  });

  it('refuses replicas without the primary they copy', () => {
    const replicas = { DATABASE_REPLICA_URLS: 'postgres://r@replica-1/bawaba' };
    expect(launchProblems('dev', replicas)).toEqual([
      'DATABASE_REPLICA_URLS is set without DATABASE_URL: replicas need the primary they copy.',
    ]);
    expect(launchProblems('dev', { ...replicas, DATABASE_URL: OWN_DATABASE })).toEqual([]);
  });

  it('refuses MEDIA_STORE=s3 without a bucket, and half a key pair, in every mode', () => {
    for (const command of ['dev', 'build', 'start'] as const) {
      expect(launchProblems(command, { MEDIA_STORE: 's3' })).toEqual([
        expect.stringMatching(
          /^S3_BUCKET is not set; it is required when `MEDIA_STORE=s3`\. .* For example bawaba-media\.$/,
        ),
      ]);
    }
    expect(launchProblems('dev', { MEDIA_STORE: 's3', S3_BUCKET: 'news-media' })).toEqual([]);
    // The bucket alone means nothing to the local store.
    expect(launchProblems('dev', { S3_BUCKET: 'news-media' })).toEqual([]);
    expect(launchProblems('dev', { MEDIA_STORE: 's3', S3_BUCKET: 'news-media', S3_ACCESS_KEY_ID: 'AKIA1' })).toEqual([
      expect.stringMatching(/^S3_SECRET_ACCESS_KEY is not set; it is required with `S3_ACCESS_KEY_ID`/),
    ]);
    expect(
      launchProblems('dev', { MEDIA_STORE: 'bucket', S3_BUCKET: 'Not_A_Bucket', S3_ENDPOINT: 'minio:9000' }),
    ).toEqual([
      expect.stringMatching(/^MEDIA_STORE="bucket" must be local or s3/),
      expect.stringMatching(/^S3_BUCKET="Not_A_Bucket" must be a bucket name/),
      expect.stringMatching(/^S3_ENDPOINT="minio:9000" must be an http\(s\) URL/),
    ]);
  });

  it('refuses malformed values in every mode, demo included', () => {
    expect(launchProblems('dev', { SITE_URL: 'example.com', AUTH_SECRET: 'short', VIEWS_FLUSH_MS: '50' })).toEqual([
      expect.stringMatching(/^SITE_URL="example.com" must be an absolute http\(s\) URL/),
      expect.stringMatching(/^AUTH_SECRET must be at least 32 characters/),
      expect.stringMatching(/^VIEWS_FLUSH_MS="50" must be a whole number from 100 to 300000/),
    ]);
  });
});
