import http from 'node:http';
import { OUTAGE_RETRY_AFTER_S, outageAudience } from '@/lib/http/outage';
import { unavailablePageHtml } from '@/lib/unavailable-page';

const globalForPatch = globalThis as unknown as { bawabaOutageStatus?: boolean };
const REPLACED = Symbol('bawaba.outagePage');
type Response = http.ServerResponse & { [REPLACED]?: Buffer };

/**
 * A page or feed that cannot be rendered because the database is down is not a bug of ours but a
 * service briefly unavailable. Next.js answers such a render with a 500 whose HTML is an empty shell
 * (the error page is drawn by JavaScript), never caches it, and serves a stale copy instead when it
 * has one. While `databaseUnreachable()` says the last query failed for want of a database, this
 * turns that 500 into a 503 with Retry-After, never stored, whose body is a small self-contained
 * Arabic page (lib/unavailable-page.ts) in place of Next's.
 *
 * The decision is taken where the status goes out (writeHead) and the body is swapped in write/end.
 * Those are patched on the prototype, before any request: Next's compression middleware captures
 * write and end per response, so the compressed bytes of Next's body pass through the patched write
 * too, and are dropped (the Content-Encoding it set is removed with them). Like
 * runtime/socket-address.ts, every response of the process goes through it.
 */
export function answerOutagesWith503(databaseUnreachable: () => boolean): void {
  if (globalForPatch.bawabaOutageStatus) return;
  globalForPatch.bawabaOutageStatus = true;
  const proto = http.ServerResponse.prototype;
  const { writeHead, write, end } = proto;

  proto.writeHead = function (this: Response, status: number, ...rest: unknown[]) {
    const audience = status === 500 ? outageAudience(this.req?.method, this.req?.url, databaseUnreachable) : null;
    if (!audience) return Reflect.apply(writeHead, this, [status, ...rest]) as http.ServerResponse;
    const page = Buffer.from(unavailablePageHtml(audience));
    this[REPLACED] = page;
    for (const name of ['content-encoding', 'content-length', 'etag', 'transfer-encoding']) this.removeHeader(name);
    this.setHeader('Content-Type', 'text/html; charset=utf-8');
    this.setHeader('Content-Length', page.byteLength);
    this.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_S));
    this.setHeader('Cache-Control', 'no-store');
    // The 500's reason phrase and header list, if given here, belong to the body that is dropped.
    return Reflect.apply(writeHead, this, [503]) as http.ServerResponse;
  } as typeof writeHead;

  // Without compression Next's own write or end is the first to send, and decides here through writeHead.
  const decide = (response: Response) => {
    if (!response.headersSent && response.statusCode === 500) response.writeHead(response.statusCode);
  };

  proto.write = function (this: Response, ...args: unknown[]) {
    decide(this);
    if (this[REPLACED]) return true;
    return Reflect.apply(write, this, args) as boolean;
  } as typeof write;

  proto.end = function (this: Response, ...args: unknown[]) {
    decide(this);
    const page = this[REPLACED];
    if (!page) return Reflect.apply(end, this, args) as http.ServerResponse;
    this[REPLACED] = undefined;
    const done = args.find((arg) => typeof arg === 'function');
    return Reflect.apply(end, this, done ? [page, done] : [page]) as http.ServerResponse;
  } as typeof end;
}
