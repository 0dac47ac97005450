// The checks every attempt script makes before anything else (quiz_attempt::create, require_login,
// "This is not your attempt!"), shared by attempt, processattempt, autosave, summary and review.
import type { PageContext } from '../app/context.ts';
import type { QuizAttempt } from '../app/quiz-attempts.ts';
import type { AppResponse } from '../http/types.ts';
import { fatalErrorPage, INVALID_ATTEMPT, NOT_YOUR_ATTEMPT } from './errors.ts';
import { requireLogin } from './require-login.ts';

export function attemptFor(ctx: PageContext, id: string | null | undefined): QuizAttempt | AppResponse {
  const attempt = ctx.site.attempts.get(Number(id ?? ''));
  if (attempt === undefined) return fatalErrorPage(ctx, INVALID_ATTEMPT);
  if (attempt.userId !== ctx.session.userId) return fatalErrorPage(ctx, NOT_YOUR_ATTEMPT);
  return attempt;
}

/** The GET pages' prelude (attempt, summary, review): logged in, then the attempt named in ?attempt=. */
export function viewedAttempt(ctx: PageContext): QuizAttempt | AppResponse {
  return requireLogin(ctx) ?? attemptFor(ctx, ctx.request.url.searchParams.get('attempt'));
}

export function isAttempt(value: QuizAttempt | AppResponse): value is QuizAttempt {
  return 'usageId' in value;
}

/** attempt.php / summary.php / review.php URLs, as Moodle writes them. */
export function quizUrl(ctx: PageContext, script: 'attempt' | 'summary' | 'review', attempt: QuizAttempt, page = 0): string {
  return ctx.url(`/mod/quiz/${script}.php?attempt=${attempt.id}&cmid=${attempt.quiz.cmid}${script === 'attempt' && page > 0 ? `&page=${page}` : ''}`);
}
