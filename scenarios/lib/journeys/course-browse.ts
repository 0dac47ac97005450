// A learner browsing: 1–3 of their courses, in each 1–3 activities (pages, files, forums and a
// discussion, quiz pages), with think times between pages.
import { courseView, visitActivity } from '../course.ts';
import { dashboardAjax } from '../dashboard.ts';
import { chooseActivities, chooseCourses } from '../discovery.ts';
import { login, logout } from '../login.ts';
import { chooseVisit } from '../tenancy.ts';
import { think } from '../think.ts';

const upTo = (n: number): number => 1 + Math.floor(Math.random() * n);

export function courseBrowseJourney(): void {
  const { site, user } = chooseVisit();
  const session = login(site.target, user);
  if (session === null) return;
  dashboardAjax(session);
  think();
  for (const course of chooseCourses(session, site.site, upTo(3)) ?? []) {
    const html = courseView(session, course.id);
    if (html === null) break;
    for (const activity of chooseActivities(course, html, upTo(3))) {
      think();
      if (!visitActivity(session, activity)) break;
    }
    think();
  }
  logout(session);
}
