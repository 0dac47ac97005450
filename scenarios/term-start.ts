// term-start: the weighted mix of term start's journeys (the profile's `mix`: login storm, course
// browsing, quizzes), each arrival picking one journey. setup() finds the quiz once, as quiz-exam does.
import { scenarioConfig } from './lib/env.ts';
import { findQuizzes, type FoundQuizzes } from './lib/discovery.ts';
import { courseBrowseJourney } from './lib/journeys/course-browse.ts';
import { loginStormJourney } from './lib/journeys/login-storm.ts';
import { quizExamJourney } from './lib/journeys/quiz-exam.ts';
import { pickWeighted } from './lib/weighted.ts';

const mix = Object.entries(scenarioConfig().mix);

export function setup(): FoundQuizzes {
  return (scenarioConfig().mix['quiz-exam'] ?? 0) > 0 ? findQuizzes() : {};
}

export default function termStart(found: FoundQuizzes): void {
  const [name] = pickWeighted(mix, ([, weight]) => weight, Math.random()) ?? [];
  if (name === 'course-browse') courseBrowseJourney();
  else if (name === 'quiz-exam') quizExamJourney({ deadline: false }, found);
  else loginStormJourney();
}
