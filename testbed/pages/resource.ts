// /mod/resource/view.php?id=<cmid>: a file resource answers 303 to its pluginfile.php URL, which serves
// the file (course/07 and 08 in the captures).
import { redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { fatalErrorPage, FILE_NOT_FOUND } from './errors.ts';
import { findModule, isFound } from './module.ts';
import { requireLogin } from './require-login.ts';

export const resourceRoute: Route = {
  paths: ['/mod/resource/view.php'],
  transaction: (_request, response) => (response.headers['Location']?.includes('/pluginfile.php/') === true ? 'resource_view' : response.status === 303 ? 'require_login' : 'other'),
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const found = findModule(ctx, 'resource', ctx.request.url.searchParams.get('id'));
    if (!isFound(found)) return found;
    const { module } = found;
    return redirect(ctx.url(`/pluginfile.php/${module.contextId}/mod_resource/content/0/${module.fileName}`));
  },
};

export const pluginFileRoute: Route = {
  paths: [],
  prefixes: ['/pluginfile.php/'],
  transaction: (_request, response) => (response.status === 200 ? 'resource_file' : response.status === 303 ? 'require_login' : 'other'),
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const m = /^\/pluginfile\.php\/(\d+)\/mod_resource\/content\/\d+\/([^/]+)$/.exec(ctx.request.url.pathname);
    const file = [...ctx.site.modules.values()].find(({ module }) => module.type === 'resource' && String(module.contextId) === m?.[1] && module.fileName === m[2])?.module;
    if (file?.type !== 'resource') return fatalErrorPage(ctx, FILE_NOT_FOUND);
    return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, max-age=21600, no-transform' }, body: file.content };
  },
};
