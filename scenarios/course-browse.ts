// course-browse: learners browsing their courses (pages, files, forums, quiz pages) with think times
// (the profile's thinkTime, 3–45 s by default).
import { courseBrowseJourney } from './lib/journeys/course-browse.ts';

export default function courseBrowse(): void {
  courseBrowseJourney();
}
