// quiz-exam: N students start the same quiz within the profile's start window (a synchronised burst),
// spend the profile's quiz.pageSeconds on each page, and submit near the exam's deadline. setup()
// finds the quiz once (unless a site file pins it), as its first user would.
import { findQuizzes, type FoundQuizzes } from './lib/discovery.ts';
import { quizExamJourney } from './lib/journeys/quiz-exam.ts';

export function setup(): FoundQuizzes {
  return findQuizzes();
}

export default function quizExam(found: FoundQuizzes): void {
  quizExamJourney({ deadline: true }, found);
}
