// The dashboard (/my/) and the AJAX calls a browser makes when it loads (see browser-observed-ajax.json).
import { ajax } from './ajax.ts';
import { expectPage, type MoodleSession } from './session.ts';

export function dashboardAjax(session: MoodleSession): void {
  const now = Math.floor(Date.now() / 1000);
  const startOfDay = now - (now % 86400);
  ajax(session, [{ methodname: 'core_message_get_unsent_message', args: {} }]);
  ajax(session, [{ methodname: 'block_recentlyaccesseditems_get_recent_items', args: { limit: 9 } }]);
  ajax(session, [
    {
      methodname: 'core_calendar_get_action_events_by_timesort',
      args: { limitnum: 6, timesortfrom: startOfDay, timesortto: startOfDay + 7 * 86400, limittononsuspendedevents: true },
    },
  ]);
}

export function dashboard(session: MoodleSession): boolean {
  const ok = expectPage(session.get('/my/', 'dashboard'), session, 'dashboard');
  if (ok) dashboardAjax(session);
  return ok;
}
