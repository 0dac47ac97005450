// The users CSV: a `username,password` header then one user a line (what Moodle's tool_generator
// maketestplan writes). Extra columns are ignored; blank lines skipped.
export interface MoodleUser {
  readonly username: string;
  readonly password: string;
}

export function parseUsersCsv(text: string): MoodleUser[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const u = header.indexOf('username');
  const p = header.indexOf('password');
  if (u < 0 || p < 0) throw new Error(`users CSV: expected a header with username,password; got ${JSON.stringify(lines[0] ?? '')}`);
  const users: MoodleUser[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const username = (cells[u] ?? '').trim();
    const password = cells[p] ?? '';
    if (username !== '') users.push({ username, password });
  }
  if (users.length === 0) throw new Error('users CSV: no users after the header');
  return users;
}
