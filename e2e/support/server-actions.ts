import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';

// Server actions called the way the browser calls them, without a browser: the build's manifest names
// every action, and React's own client encoder (the copy Next.js ships) turns the arguments into the
// multipart body that the server's decodeReply reads.

export interface ManifestAction {
  id: string;
  /** Source file and export, e.g. `app/(admin)/admin/(staff)/users/actions.ts#createUser`. */
  key: string;
  /** The pages whose server bundle holds the action, e.g. `app/(admin)/admin/(staff)/users/page`. */
  workers: string[];
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Every server action of the production build under test (`next build` writes the manifest). */
export function manifestActions(): ManifestAction[] {
  const file = path.join(ROOT, '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
    edge: Record<string, unknown>;
  };
  if (Object.keys(manifest.edge).length) throw new Error('Edge server actions appeared: classify them too.');
  return Object.entries(manifest.node).map(([id, entry]) => {
    if (!entry.filename || !entry.exportedName) throw new Error(`Action ${id} has no filename or export name.`);
    return { id, key: `${entry.filename}#${entry.exportedName}`, workers: Object.keys(entry.workers) };
  });
}

/**
 * The page path an action is posted to, from one of its workers: route groups dropped, dynamic
 * segments filled with `id`. Posting to the action's own page runs it there, not through a forward.
 */
export function pagePathFor(action: ManifestAction, id: number): string {
  const worker = action.workers.find((w) => !w.includes('/login/')) ?? action.workers[0]!;
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? String(id) : s));
  return `/${segments.join('/')}`;
}

const require = createRequire(import.meta.url);
const flightClient = require('next/dist/compiled/react-server-dom-webpack/client.edge') as {
  encodeReply(value: unknown): Promise<string | FormData>;
};

/** The body React's client sends for `action(previousState, formData)` (useActionState and forms). */
export async function encodeFormAction(fields: Record<string, string>, withState = true): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = await flightClient.encodeReply(withState ? [undefined, form] : [form]);
  if (!(encoded instanceof FormData)) throw new Error('Expected a multipart reply for a FormData argument.');
  return encoded;
}

export interface ActionCall {
  action: ManifestAction;
  /** The page it is posted to. */
  path: string;
  fields: Record<string, string>;
  /** `undefined`: no Origin header at all. */
  origin?: string;
  /** Extra headers (a forged cookie, a prefetch header…). */
  headers?: Record<string, string>;
  /** logout takes the form alone, every other action (previousState, formData). */
  withState?: boolean;
}

export async function postAction(request: APIRequestContext, call: ActionCall): Promise<APIResponse> {
  const headers: Record<string, string> = {
    'Next-Action': call.action.id,
    Accept: 'text/x-component',
    ...call.headers,
  };
  if (call.origin !== undefined) headers.Origin = call.origin;
  return request.post(call.path, {
    headers,
    multipart: await encodeFormAction(call.fields, call.withState ?? true),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}
