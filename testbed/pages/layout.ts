// The page shell every testbed page shares. Far smaller than Moodle's 130–520 KB pages, but with
// the markers clients read: <title>"X | site", the inline `M.cfg = {...};` (sesskey, userId,
// wwwroot), body id/classes, and the user menu's login or logout link.
import type { PageContext } from '../app/context.ts';
import { SESSION_TIMEOUT_SECONDS } from '../app/sessions.ts';
import { phpJson } from '../http/responses.ts';
import { escapeHtml } from './html.ts';

export interface PageSpec {
  /** Title without the site suffix, e.g. "Dashboard". */
  readonly title: string;
  /** Moodle's body id, e.g. page-my-index. */
  readonly bodyId: string;
  /** Layout/path classes, e.g. "path-my pagelayout-mydashboard". */
  readonly bodyClasses: string;
  /** HTML inside <div role="main">. */
  readonly main: string;
  /** Moodle context of the page: id (1 = system) and the instance it belongs to (0 for system). */
  readonly contextId?: number;
  readonly contextInstanceId?: number;
  /** Login-layout pages have no navbar. */
  readonly navbar?: boolean;
}

export function renderPage(ctx: PageContext, spec: PageSpec): string {
  const title = `${spec.title} | ${ctx.site.shortName}`;
  const classes = `${spec.bodyClasses} dir-ltr lang-en${ctx.loggedIn ? '' : ' notloggedin'}`;
  return `<!DOCTYPE html>

<html  dir="ltr" lang="en" xml:lang="en">
<head>
    <title>${escapeHtml(title)}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<script>
//<![CDATA[
var M = {}; M.yui = {};
M.pageloadstarttime = new Date();
M.cfg = ${phpJson(mcfg(ctx, spec.contextId ?? 1, spec.contextInstanceId ?? 0))};
//]]>
</script>
</head>
<body  id="${escapeHtml(spec.bodyId)}" class="${escapeHtml(classes)}">
<div id="page-wrapper">
${spec.navbar === false ? '' : navbar(ctx)}
    <div id="page" class="container-fluid">
        <div id="region-main">
            <div role="main"><span id="maincontent"></span>${spec.main}</div>
        </div>
    </div>
</div>
</body>
</html>
`;
}

/** The fields of Moodle 5.0's M.cfg, in its order, with testbed values. */
export function mcfg(ctx: PageContext, contextId: number, contextInstanceId: number): Record<string, unknown> {
  const wwwroot = ctx.site.wwwroot;
  return {
    wwwroot,
    apibase: `${wwwroot}/r.php/api`,
    homeurl: {},
    sesskey: ctx.sesskey,
    sessiontimeout: String(SESSION_TIMEOUT_SECONDS),
    sessiontimeoutwarning: '1200',
    themerev: '1',
    slasharguments: 1,
    theme: 'boost',
    iconsystemmodule: 'core/icon_system_fontawesome',
    jsrev: '1',
    admin: 'admin',
    svgicons: true,
    usertimezone: 'Europe/London',
    language: 'en',
    courseId: 1,
    courseContextId: 2,
    contextid: contextId,
    contextInstanceId,
    langrev: 1,
    templaterev: '1',
    siteId: 1,
    userId: ctx.session.userId,
  };
}

function navbar(ctx: PageContext): string {
  const w = ctx.site.wwwroot;
  const user = ctx.site.users.byUserId(ctx.session.userId);
  const usermenu =
    user === undefined
      ? `<div class="logininfo">You are not logged in. (<a href="${w}/login/index.php">Log in</a>)</div>`
      : `<div class="popover-region collapsed popover-region-notifications" id="nav-notification-popover-container" data-userid="${user.id}" data-region="popover-region"></div>
        <a href="${w}/login/logout.php?sesskey=${ctx.sesskey}" class="dropdown-item" role="menuitem" tabindex="-1">Log out</a>
        <div class="logininfo">You are logged in as <a href="${w}/user/profile.php?id=${user.id}" title="View profile">${escapeHtml(user.fullname)}</a> (<a href="${w}/login/logout.php?sesskey=${ctx.sesskey}">Log out</a>)</div>`;
  return `    <nav class="navbar fixed-top navbar-expand" aria-label="Site navigation">
        <a href="${w}/" class="navbar-brand">${escapeHtml(ctx.site.fullName)}</a>
        <div id="usernavigation" class="navbar-nav ms-auto h-100">
        ${usermenu}
        </div>
    </nav>`;
}
