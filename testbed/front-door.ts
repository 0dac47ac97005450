// The HTTP side: what an ALB in front of one instance does. Each request waits for a PHP worker
// slot in FIFO order (or gets the load balancer's own 503 when the backlog is full), is handled,
// holds the slot for its transaction's service time (a timer, not CPU), and only then is
// answered. Response times and counts go to the period statistics.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MoodleApp } from './app/application.ts';
import type { ServiceTimeDistribution } from './capacity/distributions.ts';
import type { PeriodStats } from './capacity/period-stats.ts';
import { meanServiceMs } from './capacity/transactions.ts';
import type { WorkerPool } from './capacity/worker-pool.ts';
import { parseCookieHeader } from './http/cookies.ts';
import { readBody } from './http/read-body.ts';
import type { AppRequest, AppResponse } from './http/types.ts';
import { errorKind, warnOncePerKind, type Warn } from './warn-once.ts';

export interface FrontDoorDeps {
  readonly app: MoodleApp;
  readonly pool: WorkerPool;
  readonly stats: PeriodStats;
  readonly distribution: ServiceTimeDistribution;
  readonly serviceTimeScale: number;
  /** http://127.0.0.1:PORT: the base of every request URL. */
  readonly wwwroot: string;
  readonly allowedHosts: ReadonlySet<string>;
  readonly warn: Warn;
}

/** What an ALB sends when it cannot hand a request to a target. */
export const ALB_503: AppResponse = {
  status: 503,
  headers: { 'Content-Type': 'text/html', Server: 'awselb/2.0' },
  body: '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n',
};

const DRAIN_TIMEOUT_MS = 30_000;

export class FrontDoor {
  private inFlight = 0;
  private stopping = false;
  private drained: (() => void) | null = null;
  private readonly warnOnce: (kind: string, message: string) => void;
  private stopped: Promise<void> | null = null;

  constructor(
    private readonly server: Server,
    private readonly deps: FrontDoorDeps,
  ) {
    this.warnOnce = warnOncePerKind(deps.warn);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.onRequest(req, res));
  }

  /** Stops accepting connections, lets queued and running requests finish, then closes every socket. */
  stop(): Promise<void> {
    this.stopped ??= this.drainAndClose();
    return this.stopped;
  }

  private async drainAndClose(): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    if (this.inFlight > 0) {
      const drained = new Promise<void>((resolve) => {
        this.drained = resolve;
      });
      const timeout = sleep(DRAIN_TIMEOUT_MS, undefined, { ref: false });
      await Promise.race([drained, timeout]);
    }
    this.server.closeAllConnections();
    await closed;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    this.inFlight++;
    // Counted until the response is handed to the socket, so stop() never cuts one short.
    let done = false;
    const finished = (): void => {
      if (done) return;
      done = true;
      this.inFlight--;
      if (this.inFlight === 0) this.drained?.();
    };
    res.once('finish', finished);
    res.once('close', finished);
    this.serve(req, res).catch((error: unknown) => {
      this.warnOnce(`http:${errorKind(error)}`, `testbed: request handling failed: ${String(error)}`);
      if (!res.headersSent) this.send(res, { status: 500, headers: { 'Content-Type': 'text/plain' }, body: 'testbed error\n' });
      else res.destroy();
    });
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    if (!this.deps.allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      req.resume();
      return this.send(res, plain(421, `This testbed answers only to ${[...this.deps.allowedHosts].join(' or ')}.\n`));
    }
    const body = await readBody(req);
    if (body === null) return this.send(res, plain(413, 'Request body too large.\n'));
    const target = req.url ?? '';
    // Origin-form only ("/path?query"); an absolute URL would let the request name another host.
    if (!target.startsWith('/')) return this.send(res, plain(400, 'Bad request target.\n'));
    const request: AppRequest = {
      method: req.method ?? 'GET',
      url: new URL(`${this.deps.wwwroot}${target}`),
      cookies: parseCookieHeader(req.headers.cookie),
      contentType: req.headers['content-type'] ?? '',
      body,
    };

    const slot = this.deps.pool.tryAcquire();
    if (slot === null) {
      this.deps.stats.recordLoadBalancerRejection();
      return this.send(res, ALB_503);
    }
    const release = await slot;
    let response: AppResponse;
    try {
      response = this.deps.app.handle(request);
      const transaction = this.deps.app.transaction(request, response);
      await sleep(this.deps.distribution.sample(meanServiceMs(transaction, this.deps.serviceTimeScale)));
    } finally {
      release();
    }
    this.send(res, response);
    this.deps.stats.recordTargetResponse(response.status, performance.now() - arrived);
  }

  private send(res: ServerResponse, response: AppResponse): void {
    const headers: Record<string, string> = { ...response.headers };
    // While stopping, ask clients not to reuse the connection so the drain ends.
    if (this.stopping) headers['Connection'] = 'close';
    res.writeHead(response.status, headers);
    res.end(response.body);
  }
}

function plain(status: number, body: string): AppResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }, body };
}
