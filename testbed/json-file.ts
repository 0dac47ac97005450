// A JSON file kept up to date while the testbed runs: each update replaces the content, writes are
// one at a time (the newest content wins, intermediate ones may be skipped), and flush() waits for
// the last. Written via a temporary file and rename, so a reader never sees half a file.
import { rename, writeFile } from 'node:fs/promises';
import { errorKind, warnOncePerKind, type Warn } from './warn-once.ts';

export class JsonFile {
  private latest: string | null = null;
  private writing: Promise<void> | null = null;
  private readonly warnOnce: (kind: string, message: string) => void;

  constructor(
    readonly path: string,
    warn: Warn,
  ) {
    this.warnOnce = warnOncePerKind(warn);
  }

  update(value: unknown): void {
    this.latest = `${JSON.stringify(value, null, 2)}\n`;
    this.writing ??= this.drain();
  }

  /** Resolves when everything updated so far is on disk. */
  async flush(): Promise<void> {
    while (this.writing !== null) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.latest !== null) {
        const content = this.latest;
        this.latest = null;
        const temporary = `${this.path}.tmp`;
        try {
          await writeFile(temporary, content);
          await rename(temporary, this.path);
        } catch (error) {
          this.warnOnce(`write:${errorKind(error)}`, `testbed: cannot write ${this.path}: ${String(error)}`);
        }
      }
    } finally {
      this.writing = null;
    }
  }
}
