import http from 'node:http';
import { OUTAGE_RETRY_AFTER_S, outageAudience } from '../../lib/http/outage';
import { unavailablePageHtml } from '../../lib/unavailable-page';

type WriteHead = (statusCode: number, ...rest: unknown[]) => http.ServerResponse;
type Write = (...args: unknown[]) => boolean;
type End = (...args: unknown[]) => http.ServerResponse;

/**
 * The server's response class (`http.createServer({ ServerResponse })`): a page or feed that cannot be
 * rendered because the database is down is not a bug of ours but a service briefly unavailable. Next.js
 * answers such a render with a 500 whose HTML is an empty shell (the error page is drawn by JavaScript),
 * never caches it, and serves a stale copy instead when it has one. While `databaseUnreachable()` says
 * the last query failed for want of a database, a 500 to a GET or HEAD goes out as a 503 with
 * Retry-After, never stored, whose body is the small self-contained Arabic page of
 * lib/unavailable-page.ts in place of Next's.
 *
 * The decision is taken where the status goes out (writeHead, which Node also calls for an implicit
 * header) and the body is swapped in write/end. Next's compression middleware captures write and end
 * of each response before it replaces them, so the compressed bytes of Next's body reach these methods
 * too, and are dropped (the Content-Encoding it set is removed with them).
 */
export function outageAwareResponse(databaseUnreachable: () => boolean): typeof http.ServerResponse {
  return class OutageAwareResponse<
    Request extends http.IncomingMessage = http.IncomingMessage,
  > extends http.ServerResponse<Request> {
    #page: Buffer | undefined;

    override writeHead(statusCode: number, ...rest: unknown[]): this {
      const writeHead = super.writeHead as WriteHead;
      const audience = statusCode === 500 ? outageAudience(this.req?.method, this.req?.url, databaseUnreachable) : null;
      if (!audience) return Reflect.apply(writeHead, this, [statusCode, ...rest]) as this;
      this.#page = Buffer.from(unavailablePageHtml(audience));
      for (const name of ['content-encoding', 'content-length', 'etag', 'transfer-encoding']) this.removeHeader(name);
      this.setHeader('Content-Type', 'text/html; charset=utf-8');
      this.setHeader('Content-Length', this.#page.byteLength);
      this.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_S));
      this.setHeader('Cache-Control', 'no-store');
      // The 500's reason phrase and header list, if given here, belong to the body that is dropped.
      return Reflect.apply(writeHead, this, [503]) as this;
    }

    override write(...args: unknown[]): boolean {
      this.#decide();
      if (this.#page) return true;
      return Reflect.apply(super.write as Write, this, args) as boolean;
    }

    override end(...args: unknown[]): this {
      this.#decide();
      const end = super.end as End;
      const page = this.#page;
      if (!page) return Reflect.apply(end, this, args) as this;
      this.#page = undefined;
      const done = args.find((arg) => typeof arg === 'function');
      return Reflect.apply(end, this, done ? [page, done] : [page]) as this;
    }

    /** Without compression Next's own write or end sends first: the status is decided before the body. */
    #decide() {
      if (!this.headersSent && this.statusCode === 500) this.writeHead(this.statusCode);
    }
  };
}
