// The services every web instance uses: the database (RDS, or PostgreSQL on the single server), the
// session store and the shared file system (moodledata on EFS).
import type { Clock } from '../clock/clock.ts';
import { ConnectionPool } from '../capacity/connection-pool.ts';
import { ProcessorSharing } from '../capacity/processor-sharing.ts';
import { SessionLocks } from '../capacity/session-locks.ts';
import type { DatabaseSpec, FileSystemSpec, SessionSpec } from '../profiles/types.ts';
import type { FileSystemTotals, ServerTotals } from './types.ts';

/** memcached's default connection limit: never the constraint here. */
const MEMCACHED_MAX_CONNECTIONS = 65_000;

export class Database {
  /** null when colocated: queries run on the web instance's own cores. */
  readonly cpu: ProcessorSharing | null;
  readonly connections: ConnectionPool;

  constructor(
    readonly spec: DatabaseSpec,
    clock: Clock,
  ) {
    this.cpu = spec.colocated ? null : new ProcessorSharing(spec.cores, clock);
    this.connections = new ConnectionPool(spec.maxConnections, clock);
  }

  totals(): ServerTotals | null {
    if (this.cpu === null) return null;
    return { cores: this.cpu.cores, busyCoreMs: this.cpu.busyCoreMs(), connectionMs: this.connections.connectionMs(), connections: this.connections.current };
  }
}

export class SessionStore {
  /** database: one lock per session. memcached: none (no lock wait). */
  readonly locks: SessionLocks | null;
  /** memcached: the cache node's CPU and connections. */
  readonly cacheCpu: ProcessorSharing | null;
  readonly cacheConnections: ConnectionPool | null;

  constructor(
    readonly spec: SessionSpec,
    clock: Clock,
  ) {
    const memcached = spec.store === 'memcached';
    this.locks = memcached ? null : new SessionLocks(clock, spec.lockTimeoutSeconds * 1000);
    this.cacheCpu = memcached ? new ProcessorSharing(spec.cores, clock) : null;
    this.cacheConnections = memcached ? new ConnectionPool(MEMCACHED_MAX_CONNECTIONS, clock) : null;
  }

  totals(): ServerTotals | null {
    if (this.cacheCpu === null || this.cacheConnections === null) return null;
    return { cores: this.cacheCpu.cores, busyCoreMs: this.cacheCpu.busyCoreMs(), connectionMs: this.cacheConnections.connectionMs(), connections: this.cacheConnections.current };
  }
}

export class SharedFileSystem {
  /** One "core" whose work unit is a millisecond of the throughput budget. */
  readonly io: ProcessorSharing;
  private bytesTotal = 0;
  clients = 0;

  constructor(
    readonly spec: FileSystemSpec,
    clock: Clock,
  ) {
    this.io = new ProcessorSharing(1, clock);
  }

  /** Milliseconds of the whole budget that `kib` takes. */
  ioMs(kib: number): number {
    return (kib / (this.spec.throughputMiBps * 1024)) * 1000;
  }

  transfer(kib: number, done: () => void): void {
    this.bytesTotal += kib * 1024;
    this.io.run(this.ioMs(kib), done);
  }

  totals(): FileSystemTotals {
    return { bytes: this.bytesTotal, busyMs: this.io.busyCoreMs(), clients: this.clients };
  }
}
