// /mod/forum/view.php?id=<cmid> (the discussion list, links /mod/forum/discuss.php?d=<id>) and
// /mod/forum/discuss.php?d=<id> (course/04 and 05 in the captures).
import type { PageContext } from '../app/context.ts';
import type { TestbedCourse, TestbedModule } from '../app/courses.ts';
import { htmlPage } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import type { AppResponse } from '../http/types.ts';
import { fatalErrorPage, INVALID_COURSE_MODULE } from './errors.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { findModule, incourseClasses, isFound } from './module.ts';
import { requireLogin } from './require-login.ts';

type Forum = Extract<TestbedModule, { type: 'forum' }>;

export const forumRoute: Route = {
  paths: ['/mod/forum/view.php'],
  transaction: (_request, response) => (response.status === 303 ? 'require_login' : response.status === 200 ? 'forum_view' : 'other'),
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const found = findModule(ctx, 'forum', ctx.request.url.searchParams.get('id'));
    if (!isFound(found)) return found;
    const { course, module } = found;
    const w = ctx.site.wwwroot;
    const rows = module.discussions
      .map(
        (d) => `<tr class="discussion" data-region="discussion-list-item" data-discussionid="${d.id}"><th scope="row" class="topic p-0 align-middle"><div class="p-3 ps-0"><div class="d-flex">
<a class="w-100 h-100 d-block" href="${w}/mod/forum/discuss.php?d=${d.id}" title="${escapeHtml(d.name)}" aria-label="${escapeHtml(d.name)}">${escapeHtml(d.name)}</a></div></div></th></tr>`,
      )
      .join('\n');
    const main = `<h2>${escapeHtml(module.name)}</h2><table class="table discussion-list"><thead><tr><th scope="col"><a href="${w}/mod/forum/view.php?id=${module.cmid}&amp;o=2">Discussion</a></th></tr></thead><tbody>
${rows}
</tbody></table>`;
    return page(ctx, course, module, module.name, 'page-mod-forum-view', main);
  },
};

export const discussionRoute: Route = {
  paths: ['/mod/forum/discuss.php'],
  transaction: (_request, response) => (response.status === 303 ? 'require_login' : response.status === 200 ? 'forum_discussion' : 'other'),
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const id = Number(ctx.request.url.searchParams.get('d'));
    for (const { course, module } of ctx.site.modules.values()) {
      if (module.type !== 'forum') continue;
      const d = module.discussions.find((x) => x.id === id);
      if (d === undefined) continue;
      const main = `<h3 class="discussionname">${escapeHtml(d.name)}</h3><article class="forum-post-container" data-region="post"><div class="post-content-container">${escapeHtml(d.message)}</div>
<a href="${ctx.site.wwwroot}/mod/forum/view.php?id=${module.cmid}">${escapeHtml(module.name)}</a></article>`;
      return page(ctx, course, module, `${course.shortname}: ${d.name}`, 'page-mod-forum-discuss', main);
    }
    return fatalErrorPage(ctx, INVALID_COURSE_MODULE);
  },
};

function page(ctx: PageContext, course: TestbedCourse, module: Forum, title: string, bodyId: string, main: string): AppResponse {
  return htmlPage(
    renderPage(ctx, { title, bodyId, bodyClasses: incourseClasses(course, module, 'forumtype-general path-mod path-mod-forum'), main, contextId: 1000 + module.cmid, contextInstanceId: module.cmid }),
  );
}
