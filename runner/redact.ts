// Secrets never reach a run directory, a report or a log: sesskeys, login tokens, session cookies,
// passwords and AWS keys are masked in every line we write from k6's output.

const PATTERNS: readonly [RegExp, string][] = [
  [/(sesskey["']?\s*[=:]\s*["']?)[A-Za-z0-9]+/gi, '$1[redacted]'],
  [/(logintoken["']?\s*[=:]\s*["']?)[A-Za-z0-9]+/gi, '$1[redacted]'],
  [/(MoodleSession[A-Za-z0-9_]*\s*[=:]\s*)[^;\s"']+/g, '$1[redacted]'],
  [/(password["']?\s*[=:]\s*["']?)[^&\s"',]+/gi, '$1[redacted]'],
  [/(aws_secret_access_key|secretAccessKey|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)(["']?\s*[=:]\s*["']?)[^\s"',]+/g, '$1$2[redacted]'],
];

/** Masks known secrets in a line, plus any exact secret strings the caller knows (user passwords). */
export function redact(line: string, secrets: readonly string[] = []): string {
  let out = line;
  for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}
