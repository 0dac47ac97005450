// /my/courses.php: "My courses"; its course list arrives by AJAX
// (core_course_get_enrolled_courses_by_timeline_classification, dashboard/09 and 10 in the captures).
import { htmlPage } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { renderPage } from './layout.ts';
import { requireLogin } from './require-login.ts';

export const myCoursesRoute: Route = {
  paths: ['/my/courses.php'],
  transaction: (_request, response) => (response.status === 303 ? 'require_login' : 'my_courses'),
  handle: (ctx) =>
    requireLogin(ctx) ??
    htmlPage(
      renderPage(ctx, {
        title: 'My courses',
        bodyId: 'page-my-index',
        bodyClasses: 'limitedwidth path-my pagelayout-mycourses course-1',
        main: '<section class="block_myoverview block card mb-3" data-block="myoverview"><div data-region="courses-view"></div></section>',
        contextId: 1,
      }),
    ),
};
