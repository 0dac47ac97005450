// Response builders with the headers a stock Moodle sends for each kind of answer.
import { escapeHtml } from '../pages/html.ts';
import type { AppResponse } from './types.ts';

const HTML = 'text/html; charset=utf-8';
const PAGE_CACHE = 'private, pre-check=0, post-check=0, max-age=0, no-transform';
const NO_STORE = 'no-store, no-cache, must-revalidate';

export function htmlPage(body: string, status = 200): AppResponse {
  return { status, headers: { 'Content-Type': HTML, 'Cache-Control': PAGE_CACHE }, body };
}

/** Moodle's 303 with an absolute Location and its small "Redirect" page with a Continue link. */
export function redirect(location: string): AppResponse {
  const href = escapeHtml(location);
  const body = `<!DOCTYPE html>
<html  lang="en" xml:lang="en">
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <title>Redirect</title>
    </head>
    <body>
        <div id="page">
            <div id="region-main">
                <h1>Redirect</h1>
                <div>This page should automatically redirect. If nothing is happening please use the continue link below.<br /><a href="${href}">Continue</a></div>
            </div>
        </div>
    </body>
</html>
`;
  return { status: 303, headers: { 'Content-Type': HTML, 'Cache-Control': NO_STORE, Location: location }, body };
}

/** JSON as PHP's json_encode writes it (slashes escaped), as service.php answers. */
export function json(value: unknown): AppResponse {
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': NO_STORE },
    body: phpJson(value),
  };
}

export function phpJson(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, '\\/');
}
