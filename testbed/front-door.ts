// The HTTP side: the ALB's listener on 127.0.0.1. It checks the Host, reads the body, finds the
// tenant, and hands the request to the hosting model (load balancer → instance → session lock →
// database), answering when the model is done. stop() lets every accepted request finish.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MoodleApp } from './app/application.ts';
import type { HostingModel } from './hosting/hosting-model.ts';
import type { Outcome } from './hosting/pipeline.ts';
import { parseCookieHeader } from './http/cookies.ts';
import { readBody } from './http/read-body.ts';
import type { AppRequest, AppResponse } from './http/types.ts';
import { routeTenant } from './tenants.ts';
import { errorKind, warnOncePerKind, type Warn } from './warn-once.ts';

export interface FrontDoorDeps {
  readonly model: HostingModel;
  /** One app per tenant; [0] answers at the root URL. */
  readonly apps: readonly MoodleApp[];
  /** http://127.0.0.1:PORT: the base of every request URL. */
  readonly url: string;
  readonly allowedHosts: ReadonlySet<string>;
  readonly warn: Warn;
}

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
    if (!this.deps.allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      req.resume();
      return this.send(res, plain(421, `This testbed answers only to ${[...this.deps.allowedHosts].join(' or ')}.\n`));
    }
    const body = await readBody(req);
    if (body === null) return this.send(res, plain(413, 'Request body too large.\n'));
    const rawTarget = req.url ?? '';
    // Origin-form only ("/path?query"); an absolute URL would let the request name another host.
    if (!rawTarget.startsWith('/')) return this.send(res, plain(400, 'Bad request target.\n'));
    const tenant = routeTenant(this.deps.apps, rawTarget);
    if (tenant === null) return this.send(res, plain(500, 'testbed has no site\n'));
    const request: AppRequest = {
      method: req.method ?? 'GET',
      url: new URL(`${this.deps.url}${tenant.target}`),
      cookies: parseCookieHeader(req.headers.cookie),
      contentType: req.headers['content-type'] ?? '',
      body,
    };
    const outcome = await new Promise<Outcome>((resolve) => this.deps.model.handle(request, tenant.app, tenant.key, resolve));
    this.send(res, outcome.response);
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
