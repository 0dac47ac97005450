// Moodle's web-service REST API (webservice/rest/server.php, JSON format) with a token. Moodle reports
// errors with HTTP 200 and {exception, errorcode, message}; they become CLIErrors that say what to do.
import { CLIError } from '../cli/errors.ts';

export type WsParams = Readonly<Record<string, string | number>>;

export interface RestClient {
  call(wsfunction: string, params?: WsParams): Promise<unknown>;
}

const HINTS: Readonly<Record<string, string>> = {
  invalidtoken: 'check the token (Site administration > Server > Web services > Manage tokens)',
  accessexception: "the token's service or user may not call this function; add it to the service (or use the token of a manager)",
  servicenotavailable: 'enable web services and the REST protocol on the site',
  invalidrecord: "the site does not know this function; it needs Moodle 3.x or newer with the function enabled for the token's service",
};

export function restClient(target: string, token: string, fetchImpl: typeof fetch = fetch): RestClient {
  const endpoint = `${target.replace(/\/+$/, '')}/webservice/rest/server.php`;
  return {
    async call(wsfunction, params = {}) {
      const body = new URLSearchParams({ wstoken: token, wsfunction, moodlewsrestformat: 'json' });
      for (const [k, v] of Object.entries(params)) body.set(k, String(v));
      let res: Response;
      try {
        res = await fetchImpl(endpoint, { method: 'POST', body, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
      } catch (error) {
        throw new CLIError('MOODLE_API', `${wsfunction}: cannot reach ${endpoint}: ${(error as Error).message}`);
      }
      const text = await res.text();
      if (res.status !== 200) throw new CLIError('MOODLE_API', `${wsfunction}: ${endpoint} answered HTTP ${res.status}; expected 200 with JSON (is the URL Moodle's wwwroot?)`);
      let reply: unknown;
      try {
        reply = JSON.parse(text);
      } catch {
        throw new CLIError('MOODLE_API', `${wsfunction}: expected JSON from ${endpoint}, got ${JSON.stringify(text.slice(0, 120))} (is the REST protocol enabled?)`);
      }
      if (typeof reply === 'object' && reply !== null && 'exception' in reply) {
        const { errorcode, message } = reply as { errorcode?: unknown; message?: unknown };
        const code = String(errorcode ?? 'unknown');
        const hint = HINTS[code];
        throw new CLIError('MOODLE_API', `${wsfunction}: Moodle said ${code}: ${String(message ?? '')}${hint === undefined ? '' : `; ${hint}`}`);
      }
      return reply;
    },
  };
}
