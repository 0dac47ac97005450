// /my/: the dashboard with Moodle's three default blocks (their content arrives by AJAX in Moodle,
// so the page itself only carries the block markers, the sesskey and the logout link).
import { htmlPage } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { renderPage } from './layout.ts';
import { requireLogin } from './require-login.ts';

const BLOCKS = [
  ['timeline', 'Timeline'],
  ['calendar_month', 'Calendar'],
  ['recentlyaccesseditems', 'Recently accessed items'],
] as const;

export const dashboardRoute: Route = {
  paths: ['/my/', '/my/index.php'],
  transaction: (_request, response) => (response.status === 303 ? 'require_login' : 'dashboard'),
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const blocks = BLOCKS.map(
      ([name, title], i) => `<section id="inst${i + 1}" class=" block_${name} block  card mb-3" role="region" data-block="${name}" data-instance-id="${i + 1}">
    <h5 class="card-title">${title}</h5><div class="card-text content" data-region="${name}"></div>
</section>`,
    ).join('\n');
    const main = `<form class="editmode-switch-form" method="post" action="${ctx.site.wwwroot}/editmode.php">
    <input type="hidden" name="sesskey" value="${ctx.sesskey}">
    <input type="hidden" name="pageurl" value="${ctx.site.wwwroot}/my/index.php">
</form>
<h2 class="visually-hidden">Main content blocks</h2>
${blocks}`;
    // Context of the user's dashboard: Moodle shows a user context; id 100 + user id is arbitrary but stable.
    return htmlPage(
      renderPage(ctx, {
        title: 'Dashboard',
        bodyId: 'page-my-index',
        bodyClasses: 'limitedwidth format-site path-my pagelayout-mydashboard course-1',
        main,
        contextId: 100 + ctx.session.userId,
        contextInstanceId: ctx.session.userId,
      }),
    );
  },
};
