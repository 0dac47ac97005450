// The users CSV. Two shapes are accepted: a `username,password` header (columns found by name, extra
// columns ignored), or no header at all, as Moodle's tool_generator maketestplan writes it
// (`username,password` on every line). Blank lines are skipped.
export interface MoodleUser {
  readonly username: string;
  readonly password: string;
}

export function parseUsersCsv(text: string): MoodleUser[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const first = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const hasHeader = first.includes('username') || first.includes('password');
  const u = hasHeader ? first.indexOf('username') : 0;
  const p = hasHeader ? first.indexOf('password') : 1;
  if (u < 0 || p < 0) throw new Error(`users CSV: expected a header with username,password (or no header); got ${JSON.stringify(lines[0] ?? '')}`);
  const users: MoodleUser[] = [];
  for (const [i, line] of (hasHeader ? lines.slice(1) : lines).entries()) {
    const cells = line.split(',');
    const username = (cells[u] ?? '').trim();
    const password = cells[p];
    if (username === '' || password === undefined) throw new Error(`users CSV line ${i + (hasHeader ? 2 : 1)}: expected username,password; got ${JSON.stringify(username)}`);
    users.push({ username, password });
  }
  if (users.length === 0) throw new Error('users CSV: no users in it');
  return users;
}
