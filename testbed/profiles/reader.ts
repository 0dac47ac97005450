// Typed reads from parsed JSON with the project's error style: "where; expected X, got Y".

type Json = Readonly<Record<string, unknown>>;

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

export class Reader {
  constructor(
    private readonly source: string,
    private readonly path: string,
    private readonly value: Json,
  ) {}

  static root(source: string, value: unknown): Reader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ProfileError(`${source}: the profile; expected a JSON object, got ${JSON.stringify(value)}`);
    }
    return new Reader(source, '', value as Json);
  }

  fail(key: string, expected: string, got: unknown): never {
    throw new ProfileError(`${this.source}: ${this.where(key)}; expected ${expected}, got ${JSON.stringify(got) ?? 'nothing'}`);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined;
  }

  keys(): string[] {
    return Object.keys(this.value);
  }

  /** Refuses keys not in `known` (a typo must not silently fall back to a default). */
  only(known: readonly string[]): void {
    for (const key of Object.keys(this.value)) {
      if (!known.includes(key)) this.fail(key, `one of the keys ${known.join(', ')}`, key);
    }
  }

  string(key: string, fallback?: string): string {
    const v = this.value[key] ?? fallback;
    if (typeof v !== 'string' || v.trim() === '') this.fail(key, 'a non-empty string', v);
    return v;
  }

  oneOf<T extends string>(key: string, options: readonly T[], fallback?: T): T {
    const v = this.value[key] ?? fallback;
    if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) this.fail(key, `one of ${options.join(', ')}`, v);
    return v as T;
  }

  number(key: string, check: (n: number) => boolean, expected: string, fallback?: number): number {
    const v = this.value[key] ?? fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) this.fail(key, expected, v);
    return v;
  }

  integer(key: string, min: number, fallback?: number): number {
    return this.number(key, (n) => Number.isInteger(n) && n >= min, `an integer ≥ ${min}`, fallback);
  }

  positive(key: string, fallback?: number): number {
    return this.number(key, (n) => n > 0, 'a number > 0', fallback);
  }

  nonNegative(key: string, fallback?: number): number {
    return this.number(key, (n) => n >= 0, 'a number ≥ 0', fallback);
  }

  boolean(key: string, fallback?: boolean): boolean {
    const v = this.value[key] ?? fallback;
    if (typeof v !== 'boolean') this.fail(key, 'true or false', v);
    return v;
  }

  /** A nested object; `{}` when absent and `optional`; null when explicitly null and `nullable`. */
  object(key: string, options: { optional?: boolean } = {}): Reader {
    const v = this.value[key] ?? (options.optional === true ? {} : undefined);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(key, 'an object', v);
    return new Reader(this.source, this.where(key), v as Json);
  }

  isNull(key: string): boolean {
    return this.value[key] === null;
  }

  list(key: string): Reader[] {
    const v = this.value[key];
    if (!Array.isArray(v)) this.fail(key, 'a list', v);
    return (v as unknown[]).map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) this.fail(`${key}[${i}]`, 'an object', item);
      return new Reader(this.source, `${this.where(key)}[${i}]`, item as Json);
    });
  }

  nullableNumber(key: string): number | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, 'a number or null', v);
    return v;
  }

  private where(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }
}
