// A course page and the activities a learner opens from it, each a named transaction: the course page
// (plus the course-format state its JS loads), a page, a file resource (its 303 and the file), a forum
// and one of its discussions, a quiz's view page.
import { ajax } from './ajax.ts';
import { discussionIds, pluginFileLink, type ActivityLink } from './course-links.ts';
import { expect, type FailureKind } from './failures.ts';
import { openPage } from './page.ts';
import { bodyText, location, pageFailure, type MoodleSession } from './session.ts';

/** Activity types a browsing learner opens (their view page is a plain page, or a file). */
export const BROWSABLE = ['page', 'resource', 'forum', 'quiz'] as const;

export function isBrowsable(link: ActivityLink): boolean {
  return (BROWSABLE as readonly string[]).includes(link.type);
}

/** The course page's HTML, or null on failure. */
export function courseView(session: MoodleSession, courseId: number): string | null {
  const html = openPage(session, `/course/view.php?id=${courseId}`, 'course_view');
  if (html !== null) ajax(session, [{ methodname: 'core_courseformat_get_state', args: { courseid: courseId } }]);
  return html;
}

export function pageView(session: MoodleSession, cmid: number): boolean {
  return openPage(session, `/mod/page/view.php?id=${cmid}`, 'page_view') !== null;
}

/**
 * A file resource: Moodle answers 303 to pluginfile.php (captured), or, when the resource is set to
 * embed, a page that links the file. Either way the learner gets the file.
 */
export function resourceView(session: MoodleSession, cmid: number): boolean {
  const res = session.get(`/mod/resource/view.php?id=${cmid}`, 'resource_view');
  let file: string | null = null;
  let failure: FailureKind | null = null;
  if (res.status === 303 && location(res).includes('/pluginfile.php/')) file = location(res);
  else {
    failure = pageFailure(res, session.target);
    if (failure === null) file = pluginFileLink(bodyText(res));
  }
  if (!expect('resource_view leads to its file', 'resource_view', file !== null, failure ?? 'unexpected_page') || file === null) return false;
  const got = session.download(file, 'resource_file');
  return expect('resource_file downloaded', 'resource_file', got.status === 200, 'http_status');
}

/** The forum page, then one of its discussions (when there is one). */
export function forumView(session: MoodleSession, cmid: number): boolean {
  const html = openPage(session, `/mod/forum/view.php?id=${cmid}`, 'forum_view');
  if (html === null) return false;
  const ids = discussionIds(html);
  const d = ids[Math.floor(Math.random() * ids.length)];
  return d === undefined || openPage(session, `/mod/forum/discuss.php?d=${d}`, 'forum_discussion') !== null;
}

export function quizViewOnly(session: MoodleSession, cmid: number): boolean {
  return openPage(session, `/mod/quiz/view.php?id=${cmid}`, 'quiz_view') !== null;
}

/** Opens an activity the way its type is opened; false when it failed (counted) or is not browsable. */
export function visitActivity(session: MoodleSession, link: ActivityLink): boolean {
  switch (link.type) {
    case 'page':
      return pageView(session, link.cmid);
    case 'resource':
      return resourceView(session, link.cmid);
    case 'forum':
      return forumView(session, link.cmid);
    case 'quiz':
      return quizViewOnly(session, link.cmid);
    default:
      return false;
  }
}
