import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { withoutControlCharacters } from '../lib/control-characters';
import * as schema from './schema';

export type Database = ReturnType<typeof createDb>;

export interface DbOptions {
  max?: number;
  /** A connection not made within this fails its queries (postgres.js waits 30 s by default). */
  connectTimeoutMs?: number;
  /** Server-side limit per statement; unset for migrations and seeding, which may legitimately run long. */
  statementTimeoutMs?: number;
  /** Told of every query's outcome: nothing when it answered, the error when it failed. */
  onOutcome?: (error?: unknown) => void;
}

// After failed connection attempts postgres.js waits before the next one, up to 20 s by default: a
// request arriving then would wait that long, and a database that came back would be noticed late.
// A short, bounded pause still keeps a dead server from being hammered in a tight loop.
const RECONNECT_PAUSE_S = (retries: number) => Math.min(retries * 0.05, 0.25);

// One factory for the app, the launcher, the seed and the tests: same driver, same options.
export function createDb(url: string, options: DbOptions = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // A server that does not answer fails a request in seconds rather than holding it, and the pool
    // slot, for half a minute.
    connect_timeout: (options.connectTimeoutMs ?? 5_000) / 1000,
    backoff: RECONNECT_PAUSE_S,
    // Idle connections are given back after a minute, so a quiet instance holds none and a connection
    // that died with its server is not kept around waiting to fail.
    idle_timeout: 60,
    // Every text value read loses the characters no page or feed may carry (lib/control-characters.ts):
    // one place instead of each of the places that render stored text.
    transform: {
      value: { from: (value: unknown) => (typeof value === 'string' ? withoutControlCharacters(value) : value) },
    },
    // Connections are opened on first query, never at import time (next build imports modules).
    connection: {
      application_name: 'bawaba',
      TimeZone: 'UTC',
      ...(options.statementTimeoutMs
        ? {
            statement_timeout: options.statementTimeoutMs,
            // A request that died inside a transaction must not hold its locks and connection.
            idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
          }
        : {}),
    },
  });
  const observed = options.onOutcome ? observeOutcomes(client, options.onOutcome) : client;
  return Object.assign(drizzle({ client: observed, schema, casing: 'snake_case' }), {
    close: () => client.end({ timeout: 5 }),
  });
}

type Sql = ReturnType<typeof postgres>;

// Drizzle reaches the driver through `unsafe` (every statement) and `begin` (transactions, whose inner
// statements fail through it). A postgres.js query runs when first awaited, so its `then` is wrapped
// rather than awaited here.
function observeOutcomes(client: Sql, report: (error?: unknown) => void): Sql {
  const passed = <T>(value: T) => (report(), value);
  const failed = (error: unknown) => {
    report(error);
    throw error;
  };
  function unsafe(this: void, ...args: Parameters<Sql['unsafe']>) {
    const query = client.unsafe(...args);
    const then: PromiseLike<unknown>['then'] = query.then;
    // Whoever awaits the query gets its outcome after the observer has seen it.
    Object.defineProperty(query, 'then', {
      configurable: true,
      value(this: typeof query, ...handlers: Parameters<PromiseLike<unknown>['then']>) {
        return then.call(this, passed, failed).then(...handlers);
      },
    });
    return query;
  }
  const begin = ((...args: Parameters<Sql['begin']>) => client.begin(...args).then(passed, failed)) as Sql['begin'];
  return new Proxy(client, {
    get: (target, property) =>
      property === 'unsafe' ? unsafe : property === 'begin' ? begin : Reflect.get(target, property),
  });
}
