// One request's path through a web instance, as in Moodle: wait for a PHP worker (or be refused when
// the backlog is full), open the database connection, take the session lock (database sessions; a
// waiter holds its worker and connection), run the page, then spend its costs: session read/write,
// web CPU, database CPU, file system IO and other waits. Lock, connection and worker are released
// together at the end. Callback style so it runs on a virtual clock as well as on real timers.
import type { MoodleApp } from '../app/application.ts';
import type { Clock } from '../clock/clock.ts';
import type { CostModel } from '../capacity/costs.ts';
import type { ServiceTimeDistribution } from '../capacity/distributions.ts';
import type { ProcessorSharing } from '../capacity/processor-sharing.ts';
import { SESSION_COOKIE } from '../http/cookies.ts';
import type { AppRequest, AppResponse } from '../http/types.ts';
import { DB_CONNECTION_FAILED, earlyErrorResponse, ELB_502, SESSION_LOCK_TIMEOUT } from './error-pages.ts';
import type { WebInstance } from './instance.ts';
import type { Database, SessionStore, SharedFileSystem } from './shared-services.ts';

export interface PipelineDeps {
  readonly clock: Clock;
  readonly costs: CostModel;
  readonly distribution: ServiceTimeDistribution;
  readonly database: Database | null;
  readonly sessions: SessionStore | null;
  readonly fileSystem: SharedFileSystem | null;
}

export interface Outcome {
  readonly response: AppResponse;
  /** 'elb': the load balancer answered (target refused); 'target': the instance did. */
  readonly source: 'elb' | 'target';
  readonly transaction: string | null;
  /** Time waiting for a PHP worker, ms (0 when refused). */
  readonly queuedMs: number;
}

type Step = (next: () => void) => void;

/** Runs the steps one after another; a step may call `next` synchronously. */
function runSteps(steps: readonly Step[], done: () => void): void {
  let i = 0;
  const next = (): void => {
    const step = steps[i++];
    if (step === undefined) done();
    else step(next);
  };
  next();
}

const noop = (): void => {};

/**
 * `tenantKey` keeps the session locks of tenants apart (each tenant has its own sessions table).
 * `done` is called exactly once.
 */
export function serveOnInstance(deps: PipelineDeps, instance: WebInstance, app: MoodleApp, request: AppRequest, tenantKey: string, done: (outcome: Outcome) => void): void {
  const arrived = deps.clock.now();
  instance.requestStarted();
  const finish = (outcome: Outcome): void => {
    instance.requestFinished();
    done(outcome);
  };
  const accepted = instance.pool.acquire((releaseWorker) => {
    const queuedMs = deps.clock.now() - arrived;
    const target = (response: AppResponse, transaction: string | null): Outcome => ({ response, source: 'target', transaction, queuedMs });
    const closeDb = deps.database === null ? noop : deps.database.connections.connect();
    if (closeDb === null) {
      releaseWorker();
      finish(target(earlyErrorResponse(request, DB_CONNECTION_FAILED), null));
      return;
    }
    const closeCache = deps.sessions?.cacheConnections?.connect() ?? noop;
    const releaseAll = (): void => {
      closeCache();
      closeDb();
      releaseWorker();
    };
    lockSession(
      deps,
      request,
      tenantKey,
      (unlock) => {
        const response = app.handle(request);
        const transaction = app.transaction(request, response);
        runSteps(costSteps(deps, instance, transaction), () => {
          unlock();
          releaseAll();
          finish(target(response, transaction));
        });
      },
      () => {
        releaseAll();
        finish(target(earlyErrorResponse(request, SESSION_LOCK_TIMEOUT), null));
      },
    );
  });
  if (!accepted) finish({ response: ELB_502, source: 'elb', transaction: null, queuedMs: 0 });
}

function lockSession(deps: PipelineDeps, request: AppRequest, tenantKey: string, granted: (unlock: () => void) => void, timedOut: () => void): void {
  const locks = deps.sessions?.locks ?? null;
  const sessionId = request.cookies.get(SESSION_COOKIE);
  // Without a cookie Moodle starts a new session: nobody else can hold its lock.
  if (locks === null || sessionId === undefined || sessionId === '') {
    granted(noop);
    return;
  }
  locks.acquire(`${tenantKey}:${sessionId}`, granted, timedOut);
}

function costSteps(deps: PipelineDeps, instance: WebInstance, transaction: string): Step[] {
  const mean = deps.costs.mean(transaction);
  const sessionMs = deps.sessions?.spec.costMs ?? 0;
  const total = mean.cpuMs + mean.dbMs + mean.waitMs;
  // One factor for the whole request: a slow request is slow everywhere; the means are kept.
  const factor = total > 0 ? deps.distribution.sample(total) / total : 0;
  const dbCpu: ProcessorSharing = deps.database?.cpu ?? instance.cpu;
  const sessionCpu: ProcessorSharing | null = deps.sessions === null ? null : (deps.sessions.cacheCpu ?? dbCpu);
  const fs = deps.fileSystem;
  return [
    (next) => (sessionCpu === null ? next() : sessionCpu.run(sessionMs, next)),
    (next) => instance.cpu.run(mean.cpuMs * factor, next),
    (next) => (deps.database === null ? next() : dbCpu.run(mean.dbMs * factor, next)),
    (next) => (fs === null || mean.ioKiB <= 0 ? next() : fs.transfer(mean.ioKiB, next)),
    (next) => (mean.waitMs * factor > 0 ? void deps.clock.setTimer(mean.waitMs * factor, next) : next()),
  ];
}
