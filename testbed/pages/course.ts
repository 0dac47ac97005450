// /course/view.php?id=N: the course page, sections with their activities as plain links
// /mod/<type>/view.php?id=<cmid> (the markup of course/01 in the captures). Its JS then loads the
// course-format state by AJAX (core_courseformat_get_state, in ajax-methods.ts).
import type { PageContext } from '../app/context.ts';
import type { TestbedCourse, TestbedModule } from '../app/courses.ts';
import type { Site } from '../app/site.ts';
import { htmlPage } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import type { AppResponse } from '../http/types.ts';
import { fatalErrorPage, INVALID_COURSE } from './errors.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { requireLogin } from './require-login.ts';

export const courseRoute: Route = {
  paths: ['/course/view.php'],
  transaction: (request, response, site) => {
    if (response.status === 303) return 'require_login';
    if (response.status !== 200) return 'other';
    return courseOf(site, request.url)?.large === true ? 'course_view_large' : 'course_view';
  },
  handle: (ctx) => requireLogin(ctx) ?? coursePage(ctx),
};

function courseOf(site: Site, url: URL): TestbedCourse | undefined {
  return site.courses.find((c) => String(c.id) === url.searchParams.get('id'));
}

function coursePage(ctx: PageContext): AppResponse {
  const course = courseOf(ctx.site, ctx.request.url);
  if (course === undefined) return fatalErrorPage(ctx, INVALID_COURSE);
  const sections = [...new Set(course.modules.map((m) => m.section))].sort((a, b) => a - b);
  const main = `<div class="course-content"><ul class="topics" data-for="course_sectionlist">
${sections.map((n) => section(ctx, course, n)).join('\n')}
</ul></div>`;
  return htmlPage(
    renderPage(ctx, {
      title: `Course: ${course.fullname}`,
      bodyId: 'page-course-view-topics',
      bodyClasses: `format-topics limitedwidth path-course path-course-view pagelayout-course course-${course.id} context-${100 + course.id} category-1`,
      main,
      contextId: 100 + course.id,
      contextInstanceId: course.id,
    }),
  );
}

function section(ctx: PageContext, course: TestbedCourse, n: number): string {
  const modules = course.modules.filter((m) => m.section === n);
  return `<li id="section-${n}" class="section course-section main clearfix" data-for="section" data-number="${n}">
<h3 class="sectionname">${n === 0 ? 'General' : `Topic ${n}`}</h3>
<ul class="section m-0 p-0 img-text d-block" data-for="cmlist">
${modules.map((m) => activity(ctx, m)).join('\n')}
</ul></li>`;
}

export function activity(ctx: PageContext, m: TestbedModule): string {
  return `<li class="activity activity-wrapper ${m.type} modtype_${m.type}" id="module-${m.cmid}" data-for="cmitem" data-id="${m.cmid}">
    <div class="activityname"><a href="${ctx.site.wwwroot}/mod/${m.type}/view.php?id=${m.cmid}" class=" aalink stretched-link" onclick="">        <span class="instancename">${escapeHtml(m.name)} </span>    </a></div>
</li>`;
}
