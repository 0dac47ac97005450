// Binds an HTTP server to 127.0.0.1 only, and the Host check that keeps other names (DNS rebinding
// from a browser, a misrouted proxy) from reaching it.
import { createServer, type Server } from 'node:http';
import { CLIError } from '../../cli/errors.ts';
import { LOOPBACK_HOST } from '../options.ts';

export async function listenOnLoopback(port: number): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(
        new CLIError('TESTBED', error.code === 'EADDRINUSE' ? `testbed: port ${port} on ${LOOPBACK_HOST} is already in use; pick another or use 0` : `testbed: cannot listen on ${LOOPBACK_HOST}:${port}: ${error.message}`),
      );
    };
    server.once('error', onError);
    server.listen({ host: LOOPBACK_HOST, port, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null || address.address !== LOOPBACK_HOST) {
    server.close();
    throw new CLIError('TESTBED', `testbed: expected to listen on ${LOOPBACK_HOST}, got ${JSON.stringify(address)}`);
  }
  return { server, port: address.port };
}

/** Host header values the testbed answers to. */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`${LOOPBACK_HOST}:${port}`, `localhost:${port}`]);
}
