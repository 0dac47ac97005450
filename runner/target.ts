// Load only goes where the user means it to: loopback freely, anything else only when the user names
// the host in --confirm-target.

export type TargetCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m.slice(1).every((o) => Number(o) <= 255);
}

export function checkTarget(raw: string, confirmedHost: string | undefined): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `--target; expected an http(s) URL such as http://127.0.0.1:8080, got ${JSON.stringify(raw)}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `--target; expected an http or https URL, got ${JSON.stringify(raw)}` };
  }
  if (isLoopbackHost(url.hostname)) return { ok: true, url };
  if (confirmedHost !== undefined && confirmedHost.toLowerCase() === url.hostname.toLowerCase()) return { ok: true, url };
  return {
    ok: false,
    reason:
      `refusing to send load to ${url.hostname}: it is not a loopback address. ` +
      `If you own that site and mean to load it, run again with --confirm-target ${url.hostname}`,
  };
}
