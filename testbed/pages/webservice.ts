// webservice/rest/server.php with moodlewsrestformat=json: wstoken + wsfunction + the function's
// parameters (GET or POST). Errors are HTTP 200 JSON {exception, errorcode, message}, as Moodle sends.
import { parseFormBody } from '../http/form-body.ts';
import { json } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import type { AppResponse } from '../http/types.ts';
import { WS_FUNCTIONS, WsError } from './ws-functions.ts';

export const webServiceRoute: Route = {
  paths: ['/webservice/rest/server.php'],
  transaction: () => 'webservice',
  handle: (ctx) => {
    const params = new Map([...ctx.request.url.searchParams, ...(ctx.request.method === 'POST' ? parseFormBody(ctx.request.contentType, ctx.request.body) : [])]);
    if (params.get('moodlewsrestformat') !== 'json') {
      return { status: 200, headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: '<?xml version="1.0" encoding="UTF-8" ?>\n<EXCEPTION class="moodle_exception">\n<ERRORCODE>testbedjsononly</ERRORCODE>\n<MESSAGE>The testbed answers moodlewsrestformat=json only</MESSAGE>\n</EXCEPTION>\n' };
    }
    if (params.get('wstoken') !== ctx.site.webServiceToken) return wsError('moodle_exception', 'invalidtoken', 'Invalid token - token not found');
    const name = params.get('wsfunction') ?? '';
    const fn = WS_FUNCTIONS.get(name);
    if (fn === undefined) return wsError('dml_missing_record_exception', 'invalidrecord', "Can't find data record in database table external_functions.");
    try {
      return json(fn(params, ctx.site));
    } catch (error) {
      if (error instanceof WsError) return wsError(error.exception, error.error.errorcode, error.error.message);
      throw error;
    }
  },
};

function wsError(exception: string, errorcode: string, message: string): AppResponse {
  return json({ exception, errorcode, message });
}
