import { describe, expect, it } from 'vitest';
import { fnv1a, Interner, OVERFLOW_ID } from '../../analysis/interner.ts';

describe('Interner', () => {
  it('gives equal bytes the same id and decodes UTF-8 once', () => {
    const s = new Interner();
    const a = s.internString('Café élève');
    const bytes = Buffer.from('xx Café élève yy', 'utf8');
    expect(s.intern(bytes, 3, bytes.length - 3)).toBe(a);
    expect(s.internHashed(bytes, 3, bytes.length - 3, fnv1a(bytes, 3, bytes.length - 3))).toBe(a);
    expect(s.text(a)).toBe('Café élève');
    expect(s.internString('Cafe eleve')).not.toBe(a);
  });

  it('stays correct across rehashing', () => {
    const s = new Interner();
    const ids = Array.from({ length: 5000 }, (_, i) => s.internString(`name-${i}`));
    expect(new Set(ids).size).toBe(5000);
    expect(Array.from({ length: 5000 }, (_, i) => s.internString(`name-${i}`))).toEqual(ids);
    expect(s.text(ids[4321] ?? -1)).toBe('name-4321');
  });

  it('refuses new strings past its cap and counts the refusals', () => {
    const s = new Interner(2);
    s.internString('a');
    s.internString('b');
    expect(s.internString('c')).toBe(OVERFLOW_ID);
    expect(s.internString('a')).toBe(0);
    expect(s.overflowed).toBe(1);
    expect(s.text(OVERFLOW_ID)).toBe('(other)');
  });
});
