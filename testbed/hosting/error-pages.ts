// The responses that do not come from a Moodle page: the load balancer's own errors, and Moodle's
// early errors (thrown inside setup.php, before the theme is up), which bootstrap_renderer sends as
// HTTP 500 with a plain page, or for AJAX scripts as JSON without a status of its own (200).
import type { AppRequest, AppResponse } from '../http/types.ts';

const ELB_HEADERS = { 'Content-Type': 'text/html', Server: 'awselb/2.0' };

function elbPage(status: number, text: string): AppResponse {
  return {
    status,
    headers: ELB_HEADERS,
    body: `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n</body>\r\n</html>\r\n`,
  };
}

/** The target refused the connection (its backlog is full). */
export const ELB_502 = elbPage(502, 'Bad Gateway');
/** No target to send the request to. */
export const ELB_503 = elbPage(503, 'Service Temporarily Unavailable');

export interface EarlyError {
  readonly errorcode: string;
  readonly message: string;
}

/** dml_sessionwait_exception from the database session handler's lock wait. */
export const SESSION_LOCK_TIMEOUT: EarlyError = {
  errorcode: 'sessionwaiterr',
  message: 'Timed out while waiting for session lock.<br />Wait for your current requests to finish and try again later.',
};

/** dml_connection_exception when the database refuses another connection. */
export const DB_CONNECTION_FAILED: EarlyError = { errorcode: 'dbconnectionfailed', message: 'Error: Database connection failed' };

/** Moodle's AJAX_SCRIPT entry points answer early errors as JSON. */
export function isAjaxScript(pathname: string): boolean {
  return pathname === '/lib/ajax/service.php' || pathname === '/lib/ajax/service-nologin.php' || pathname.endsWith('.ajax.php');
}

export function earlyErrorResponse(request: AppRequest, error: EarlyError): AppResponse {
  const noStore = { 'Cache-Control': 'no-store, no-cache, must-revalidate', Pragma: 'no-cache', Expires: 'Mon, 20 Aug 1969 09:23:00 GMT' };
  if (isAjaxScript(request.url.pathname)) {
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...noStore },
      body: JSON.stringify({ error: error.message, stacktrace: null, debuginfo: null, errorcode: error.errorcode }),
    };
  }
  const body = `<!DOCTYPE html>
<html  dir="ltr" lang="en" xml:lang="en">
<head>
<title>Error</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
</head>
<body>
<div class='alert-danger'>${error.message}</div>
</body>
</html>
`;
  return { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore }, body };
}
