import type { z } from 'zod';
import {
  ENV_NAMES,
  ENV_VARIABLES,
  type EnvName,
  type EnvValue,
  type EnvVariable,
  type LaunchCommand,
} from './env-variables';

export type { EnvName, EnvValue, LaunchCommand } from './env-variables';

// The one reader of process.env (create-t3-app's `env.js`, made lazy). Nothing is parsed at import:
// `next build` imports every module, and some values are meant to change under a running process (the
// same build serves any SITE_URL; tests point MEDIA_DIR elsewhere). Each `env.X` reads its variable
// when used, parsed again only when the raw value changed, and throws naming the variable when the
// value is invalid. A missing required value is the launcher's business (`launchProblems`).

export type EnvSource = Readonly<Record<string, string | undefined>>;
export type Env = { readonly [K in EnvName]: EnvValue<K> };

export class InvalidEnvError extends Error {
  override name = 'InvalidEnvError';
}

/** An empty value counts as unset, as it did in every `process.env.X || fallback` this replaced. */
function given(raw: string | undefined): string | undefined {
  return raw === '' ? undefined : raw;
}

function spec(name: EnvName): EnvVariable<unknown> {
  return ENV_VARIABLES[name];
}

function parse(name: EnvName, raw: string | undefined): z.ZodSafeParseResult<unknown> {
  return spec(name).schema.safeParse(given(raw) ?? spec(name).default);
}

/** What is wrong with this value of the variable, or null when it is valid (unset included). */
export function envProblem(name: EnvName, raw: string | undefined): string | null {
  const result = parse(name, raw);
  if (result.success) return null;
  const value = spec(name).secret ? '' : `=${JSON.stringify(given(raw) ?? spec(name).default)}`;
  return `${name}${value} ${result.error.issues[0]?.message ?? 'is invalid'}.`;
}

/** Typed, lazily parsed variables read from `source` (process.env for the app; a plain object in tests). */
export function createEnv(source: EnvSource): Env {
  const memo = new Map<EnvName, { raw: string | undefined; value: unknown }>();
  const values = {};
  for (const name of ENV_NAMES) {
    Object.defineProperty(values, name, {
      enumerable: true,
      get() {
        const raw = given(source[name]);
        const hit = memo.get(name);
        if (hit && hit.raw === raw) return hit.value;
        const result = parse(name, raw);
        if (!result.success) throw new InvalidEnvError(`Invalid configuration: ${envProblem(name, raw)}`);
        memo.set(name, { raw, value: result.data });
        return result.data;
      },
    });
  }
  return Object.freeze(values) as Env;
}

export const env = createEnv(process.env);

/** Whether the variable was given at all (a default and an explicit value can mean different things). */
export function envIsSet(name: EnvName, source: EnvSource = process.env): boolean {
  return given(source[name]) !== undefined;
}

/** NODE_ENV is set by Next.js itself (`next build`/`next start`), not by whoever deploys: not configuration. */
export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

const COMMANDS: Record<LaunchCommand, string> = {
  dev: '`npm run dev`',
  build: '`npm run build`',
  start: '`npm start`',
};

/** "required by `npm run build` and `npm start` with your own DATABASE_URL", or null. */
export function requiredNote(name: EnvName): string | null {
  const { requiredWithOwnDatabase: commands = [], requiredWhen: when } = spec(name);
  if (when)
    return `required ${when.value === '*' ? `with \`${when.variable}\`` : `when \`${when.variable}=${when.value}\``}`;
  if (commands.length === 0) return null;
  return `required by ${commands.map((c) => COMMANDS[c]).join(' and ')} with your own \`DATABASE_URL\``;
}

/** Whether another variable's value makes this one required (`requiredWhen`), in any mode. */
function requiredByAnother(name: EnvName, source: EnvSource): boolean {
  const when = spec(name).requiredWhen;
  if (!when) return false;
  const other = given(source[when.variable]);
  return when.value === '*' ? other !== undefined : other === when.value;
}

/**
 * Every reason the launcher must refuse to run `command`: any invalid value, and, for a real deployment
 * (its own DATABASE_URL), a missing SITE_URL or AUTH_SECRET, and in any mode a variable another one's value
 * requires (S3_BUCKET for MEDIA_STORE=s3). The embedded demo needs no configuration.
 */
export function launchProblems(command: LaunchCommand, source: EnvSource = process.env): string[] {
  const ownDatabase = envIsSet('DATABASE_URL', source);
  const problems: string[] = [];
  for (const name of ENV_NAMES) {
    const problem = envProblem(name, source[name]);
    const { requiredWithOwnDatabase, description, example } = spec(name);
    if (problem) problems.push(problem);
    else if (!envIsSet(name, source) && requiredByAnother(name, source)) {
      const hint = example ? ` For example ${example}.` : '';
      problems.push(`${name} is not set; it is ${requiredNote(name)}. ${description}${hint}`);
    } else if (ownDatabase && !envIsSet(name, source) && requiredWithOwnDatabase?.includes(command)) {
      const hint = example ? ` For example ${example}.` : '';
      problems.push(`${name} is not set; it is ${requiredNote(name)}. ${description}${hint}`);
    }
  }
  // Replicas are copies of the deployment's own server; the launcher's embedded PostgreSQL has none.
  if (!ownDatabase && envIsSet('DATABASE_REPLICA_URLS', source)) {
    problems.push('DATABASE_REPLICA_URLS is set without DATABASE_URL: replicas need the primary they copy.');
  }
  return problems;
}
