// Test support: a small HTTP proxy on 127.0.0.1 in front of moto's server. It can (1) cut large
// GetMetricData answers into pages with NextToken, as CloudWatch does past 100,800 datapoints (moto 5.2
// answers everything at once), and (2) misbehave on a schedule: answer 400 ThrottlingException or 503,
// drop the connection, or never answer.
import { randomUUID } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';

export type Fault = 'pass' | 'throttle' | '503' | 'drop' | 'hang';

export interface FaultProxy {
  readonly endpoint: string;
  /** Requests seen, and what was done to each. */
  readonly log: Fault[];
  /** GetMetricData pages served from the proxy's store (NextToken requests). */
  pagesServed(): number;
  close(): Promise<void>;
}

interface Result {
  Id: string;
  Label?: string;
  Timestamps?: unknown[];
  Values?: number[];
  StatusCode?: string;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** Splits results into pages of at most `size` datapoints, the way CloudWatch pages GetMetricData. */
export function paginate(results: readonly Result[], size: number): Result[][] {
  const pages: Result[][] = [[]];
  let room = size;
  for (const r of results) {
    const ts = r.Timestamps ?? [];
    const vs = r.Values ?? [];
    let at = 0;
    do {
      if (room === 0) {
        pages.push([]);
        room = size;
      }
      const take = Math.min(room, vs.length - at);
      const end = at + take;
      pages[pages.length - 1]?.push({ ...r, Timestamps: ts.slice(at, end), Values: vs.slice(at, end), StatusCode: end < vs.length ? 'PartialData' : (r.StatusCode ?? 'Complete') });
      room -= take;
      at = end;
    } while (at < vs.length);
  }
  return pages;
}

export async function startFaultProxy(target: string, options: { readonly pageSize?: number; readonly faults?: readonly Fault[] } = {}): Promise<FaultProxy> {
  const log: Fault[] = [];
  const stored = new Map<string, { pages: Result[][]; rest: Record<string, unknown> }>();
  let served = 0;
  const hung = new Set<IncomingMessage>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const fault = options.faults?.[log.length % options.faults.length] ?? 'pass';
      log.push(fault);
      if (fault === 'throttle') {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': randomUUID() });
        res.end(JSON.stringify({ __type: 'com.amazonaws.cloudwatch#ThrottlingException', message: 'Rate exceeded' }));
        return;
      }
      if (fault === '503') {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('Service Unavailable');
        return;
      }
      if (fault === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault === 'hang') {
        hung.add(req);
        return;
      }
      const isGetMetricData = /GetMetricData$/.test(String(req.headers['x-amz-target'] ?? ''));
      const json = isGetMetricData ? (JSON.parse(body.toString('utf8')) as { NextToken?: string }) : null;
      if (json?.NextToken !== undefined) {
        const entry = stored.get(json.NextToken);
        stored.delete(json.NextToken);
        if (entry === undefined) {
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(JSON.stringify({ __type: 'com.amazonaws.cloudwatch#InvalidNextToken', message: 'bad token' }));
          return;
        }
        served++;
        send(res, entry.pages, entry.rest);
        return;
      }
      const upstream = await forward(target, req, body);
      if (isGetMetricData && options.pageSize !== undefined && upstream.status === 200) {
        const parsed = JSON.parse(upstream.body.toString('utf8')) as { MetricDataResults?: Result[] } & Record<string, unknown>;
        const { MetricDataResults: results = [], ...rest } = parsed;
        send(res, paginate(results, options.pageSize), rest);
        return;
      }
      res.writeHead(upstream.status, upstream.headers);
      res.end(upstream.body);
    })();
  });

  function send(res: import('node:http').ServerResponse, pages: Result[][], rest: Record<string, unknown>): void {
    const [page = [], ...more] = pages;
    const out: Record<string, unknown> = { ...rest, MetricDataResults: page };
    if (more.length > 0) {
      const token = randomUUID();
      stored.set(token, { pages: more, rest });
      out['NextToken'] = token;
    }
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': randomUUID() });
    res.end(JSON.stringify(out));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    log,
    pagesServed: () => served,
    close: () =>
      new Promise((resolve) => {
        for (const r of hung) r.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forward(target: string, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const url = new URL(target);
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: url.host, 'content-length': String(body.length) };
    const out = request({ host: url.hostname, port: url.port, method: req.method, path: req.url, headers }, (res) => {
      void readBody(res).then((b) => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string' && k !== 'content-length' && k !== 'transfer-encoding') h[k] = v;
        resolve({ status: res.statusCode ?? 500, headers: h, body: b });
      }, reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}
