// /mod/page/view.php?id=<cmid>: a page activity (course/03 in the captures).
import { htmlPage } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { findModule, incourseClasses, isFound } from './module.ts';
import { requireLogin } from './require-login.ts';

export const pageRoute: Route = {
  paths: ['/mod/page/view.php'],
  transaction: (_request, response) => (response.status === 303 ? 'require_login' : response.status === 200 ? 'page_view' : 'other'),
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const found = findModule(ctx, 'page', ctx.request.url.searchParams.get('id'));
    if (!isFound(found)) return found;
    const { course, module } = found;
    const main = `<h2>${escapeHtml(module.name)}</h2><div class="box py-3 generalbox center clearfix">${module.content}</div>`;
    return htmlPage(
      renderPage(ctx, {
        title: `${course.shortname}: ${module.name}`,
        bodyId: 'page-mod-page-view',
        bodyClasses: incourseClasses(course, module, 'limitedwidth path-mod path-mod-page'),
        main,
        contextId: 1000 + module.cmid,
        contextInstanceId: module.cmid,
      }),
    );
  },
};
