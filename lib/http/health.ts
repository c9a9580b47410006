/**
 * The load balancer's question, "can this process serve?", answered at a bounded cost: one probe at
 * a time per process, its answer reused for `memoMs`, and a probe slower than `timeoutMs` counted as
 * a failure. A probe that hangs is not started again while it is still pending, so a database that no
 * longer answers costs one waiting query, however often the endpoint is called.
 */
export interface HealthCheckOptions {
  timeoutMs?: number;
  memoMs?: number;
  now?: () => number;
}

export function createHealthCheck(
  probe: () => Promise<unknown>,
  { timeoutMs = 1_000, memoMs = 1_000, now = Date.now }: HealthCheckOptions = {},
): () => Promise<boolean> {
  let last: { at: number; ok: boolean } | null = null;
  let probing: Promise<boolean> | null = null;
  let answering: Promise<boolean> | null = null;

  return function check() {
    if (last && now() - last.at < memoMs) return Promise.resolve(last.ok);
    if (answering) return answering;
    // Started on a later tick, so that a probe that throws at once (a closed pool) is a failure too.
    probing ??= Promise.resolve()
      .then(probe)
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        probing = null;
      });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    answering = Promise.race([probing, late]).then((ok) => {
      clearTimeout(timer);
      last = { at: now(), ok };
      answering = null;
      return ok;
    });
    return answering;
  };
}

/** The body is for people reading a dashboard; load balancers look at the status only. */
export function healthResponse(ok: boolean, method: 'GET' | 'HEAD' = 'GET'): Response {
  const body = ok ? { status: 'ok', database: 'ok' } : { status: 'unavailable', database: 'unreachable' };
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  return new Response(method === 'HEAD' ? null : JSON.stringify(body), { status: ok ? 200 : 503, headers });
}
