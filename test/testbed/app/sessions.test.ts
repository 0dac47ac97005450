import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../../testbed/app/sessions.ts';

describe('SessionStore', () => {
  it('creates sessions with Moodle-shaped ids and sesskeys', () => {
    const store = new SessionStore();
    const s = store.create();
    expect(s.id).toMatch(/^[a-z0-9]{26}$/);
    expect(s.sesskey).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(s.userId).toBe(0);
    expect(store.get(s.id)).toBe(s);
    expect(store.get('nope')).toBeUndefined();
    expect(store.get(undefined)).toBeUndefined();
  });

  it('keeps a login token until it is checked, then replaces it whatever the outcome', () => {
    const store = new SessionStore();
    const s = store.create();
    const token = store.loginToken(s);
    expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(store.loginToken(s)).toBe(token);
    expect(store.consumeLoginToken(s, token)).toBe(true);
    expect(store.consumeLoginToken(s, token)).toBe(false);
    const next = store.loginToken(s);
    expect(store.consumeLoginToken(s, 'wrong')).toBe(false);
    expect(store.consumeLoginToken(s, next)).toBe(false);
    expect(store.consumeLoginToken(store.create(), '')).toBe(false); // never shown a token
  });

  it('expires idle sessions after the session timeout', () => {
    let now = 0;
    const store = new SessionStore(10, 1000, () => now);
    const s = store.create();
    now = 900;
    expect(store.get(s.id)).toBe(s); // touching renews
    now = 1800;
    expect(store.get(s.id)).toBe(s);
    now = 2801;
    expect(store.get(s.id)).toBeUndefined();
  });

  it('evicts the least recently used sessions beyond its cap', () => {
    const store = new SessionStore(3);
    const [a, b, c] = [store.create(), store.create(), store.create()];
    store.get(a.id); // a is now the most recent
    const d = store.create();
    expect(store.size).toBe(3);
    expect(store.get(b.id)).toBeUndefined();
    for (const s of [a, c, d]) expect(store.get(s.id)).toBe(s);
  });

  it('forgets destroyed sessions', () => {
    const store = new SessionStore();
    const s = store.create(7);
    store.destroy(s.id);
    expect(store.get(s.id)).toBeUndefined();
  });
});
