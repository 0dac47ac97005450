// Every page family the testbed serves. Add a family by writing pages/<family>.ts with its Route(s),
// its transactions in capacity/transactions.ts, and listing it here.
import type { Route } from '../http/router.ts';
import { ajaxRoute } from './ajax.ts';
import { courseRoute } from './course.ts';
import { dashboardRoute } from './dashboard.ts';
import { discussionRoute, forumRoute } from './forum.ts';
import { frontPageRoute } from './frontpage.ts';
import { loginRoute } from './login.ts';
import { logoutRoute } from './logout.ts';
import { pageRoute } from './mod-page.ts';
import { myCoursesRoute } from './my-courses.ts';
import { quizAttemptRoute } from './quiz-attempt.ts';
import { quizAutosaveRoute } from './quiz-autosave.ts';
import { quizProcessRoute } from './quiz-process.ts';
import { quizReviewRoute } from './quiz-review.ts';
import { quizStartRoute } from './quiz-start.ts';
import { quizSummaryRoute } from './quiz-summary.ts';
import { quizViewRoute } from './quiz-view.ts';
import { pluginFileRoute, resourceRoute } from './resource.ts';
import { webServiceRoute } from './webservice.ts';

export const ROUTES: readonly Route[] = [
  loginRoute,
  logoutRoute,
  dashboardRoute,
  myCoursesRoute,
  ajaxRoute,
  frontPageRoute,
  courseRoute,
  pageRoute,
  resourceRoute,
  pluginFileRoute,
  forumRoute,
  discussionRoute,
  quizViewRoute,
  quizStartRoute,
  quizAttemptRoute,
  quizProcessRoute,
  quizAutosaveRoute,
  quizSummaryRoute,
  quizReviewRoute,
  webServiceRoute,
];
