// / and /index.php: the site home. Logged-in users are sent to the dashboard (Moodle's default
// home page is "Dashboard"); anonymous clients get the front page with a login link.
import { escapeHtml } from './html.ts';
import { htmlPage, redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { renderPage } from './layout.ts';

export const frontPageRoute: Route = {
  paths: ['/', '/index.php'],
  transaction: () => 'other',
  handle: (ctx) => {
    if (ctx.loggedIn && ctx.request.url.searchParams.get('redirect') !== '0') return redirect(ctx.url('/my/'));
    const courses = ctx.site.courses
      .map((c) => `<div class="coursebox" data-courseid="${c.id}"><h3 class="coursename"><a href="${ctx.site.wwwroot}/course/view.php?id=${c.id}">${escapeHtml(c.fullname)}</a></h3></div>`)
      .join('\n');
    const main = `<h2>Available courses</h2>\n<div class="courses frontpage-course-list-all">\n${courses}\n</div>`;
    return htmlPage(
      renderPage(ctx, { title: 'Home', bodyId: 'page-site-index', bodyClasses: 'limitedwidth format-site course path-site pagelayout-frontpage course-1 context-2', main, contextId: 2, contextInstanceId: 1 }),
    );
  },
};
