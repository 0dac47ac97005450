// The model's core on a virtual clock: a real MoodleApp and the real request pipeline, driven by
// scheduled arrivals instead of HTTP, so queueing can be checked against theory exactly and fast.
import { MoodleApp } from '../../../testbed/app/application.ts';
import { SessionStore } from '../../../testbed/app/sessions.ts';
import { createSite } from '../../../testbed/app/site.ts';
import { createUsers, UserDirectory } from '../../../testbed/app/users.ts';
import { VirtualClock } from '../../../testbed/clock/virtual-clock.ts';
import { parseCookieHeader } from '../../../testbed/http/cookies.ts';
import { Router } from '../../../testbed/http/router.ts';
import type { AppRequest } from '../../../testbed/http/types.ts';
import { ROUTES } from '../../../testbed/pages/routes.ts';
import { EventLog } from '../../../testbed/autoscaling/event-log.ts';
import { costModel } from '../../../testbed/capacity/costs.ts';
import { fixedServiceTime, type ServiceTimeDistribution } from '../../../testbed/capacity/distributions.ts';
import { HostingModel } from '../../../testbed/hosting/hosting-model.ts';
import type { Outcome } from '../../../testbed/hosting/pipeline.ts';
import { loadEnvironmentProfile } from '../../../testbed/profiles/load.ts';
import type { EnvironmentProfile } from '../../../testbed/profiles/types.ts';

export const WWW = 'http://127.0.0.1:9';

export function virtualApp(clock: VirtualClock, users = 20): MoodleApp {
  return new MoodleApp(
    createSite({ wwwroot: WWW, users: new UserDirectory(createUsers(users)), sessions: new SessionStore(1_000_000, 28_800_000, () => clock.now()) }),
    new Router(ROUTES),
    () => undefined,
  );
}

export function get(path: string, cookie?: string): AppRequest {
  return { method: 'GET', url: new URL(`${WWW}${path}`), cookies: parseCookieHeader(cookie), contentType: '', body: '' };
}

/** Exponential inter-arrival gaps (a Poisson process) from a uniform source. */
export function poissonArrivals(rate: number, count: number, random: () => number): number[] {
  const times: number[] = [];
  let t = 0;
  for (let i = 0; i < count; i++) {
    t += (-Math.log(1 - random()) / rate) * 1000;
    times.push(t);
  }
  return times;
}

export interface VirtualModel {
  readonly clock: VirtualClock;
  readonly model: HostingModel;
  readonly log: EventLog;
  readonly app: MoodleApp;
  /** Sends a request now; the outcome lands in the returned record when the model answers. */
  send(request: AppRequest): { outcome: Outcome | null; doneAt: number | null };
}

let ids = 0;

/** A whole hosting model on a virtual clock; fixed service times unless given a distribution. */
export function virtualModel(profile: EnvironmentProfile | string, distribution: ServiceTimeDistribution = fixedServiceTime()): VirtualModel {
  const p = typeof profile === 'string' ? loadEnvironmentProfile(profile) : profile;
  const clock = new VirtualClock(Date.UTC(2026, 10, 26, 12));
  const log = new EventLog(() => clock.now(), clock.now());
  const model = new HostingModel({
    clock,
    profile: p,
    costs: costModel(p.costs, 1, p.tenants.cpuOverhead, false),
    distribution,
    log,
    newInstanceId: () => `i-${String(++ids).padStart(17, '0')}`,
    retainTerminatedMs: 60_000,
  });
  const app = virtualApp(clock);
  return {
    clock,
    model,
    log,
    app,
    send(request) {
      const record: { outcome: Outcome | null; doneAt: number | null } = { outcome: null, doneAt: null };
      model.handle(request, app, 'tenant001', (outcome) => {
        record.outcome = outcome;
        record.doneAt = clock.now();
      });
      return record;
    },
  };
}

/** Logs a user in on the model; returns the session cookie header. */
export function logIn(vm: VirtualModel, username = 'student001'): string {
  const page = vm.send(get('/login/index.php'));
  vm.clock.advanceBy(5_000);
  const response = page.outcome?.response;
  const cookie = /MoodleSession=([^;]+)/.exec(response?.headers['Set-Cookie'] ?? '')?.[1] ?? '';
  const token = /name="logintoken" value="([^"]+)"/.exec(response?.body ?? '')?.[1] ?? '';
  const user = vm.app.site.users.all.find((u) => u.username === username);
  const post = vm.send({
    method: 'POST',
    url: new URL(`${WWW}/login/index.php`),
    cookies: parseCookieHeader(`MoodleSession=${cookie}`),
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ logintoken: token, username, password: user?.password ?? '' }).toString(),
  });
  vm.clock.advanceBy(5_000);
  const session = /MoodleSession=([^;]+)/.exec(post.outcome?.response.headers['Set-Cookie'] ?? '')?.[1];
  if (session === undefined) throw new Error(`login failed: ${post.outcome?.response.status} ${post.outcome?.response.headers['Location']}`);
  return `MoodleSession=${session}`;
}
