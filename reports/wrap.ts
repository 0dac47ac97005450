// Line wrapping with a caller-supplied measure, so it is testable without a canvas. Transaction
// names are often URLs, hence break opportunities after / ? & = - as well as spaces.

export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** Splits after spaces and URL punctuation, keeping the separator with the piece before it. */
function pieces(text: string): string[] {
  return text.split(/(?<=[\s/?&=-])/).filter((p) => p.length > 0);
}

/** Breaks a piece wider than the line into chunks that fit, character by character. */
function hardBreak(piece: string, maxWidth: number, measure: Measure): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of piece) {
    if (line.length > 0 && measure(line + ch) > maxWidth) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line.length > 0) out.push(line);
  return out;
}

/** Shortens a line until it fits with an ellipsis appended. */
export function ellipsize(line: string, maxWidth: number, measure: Measure): string {
  if (measure(line) <= maxWidth) return line;
  let cut = line;
  while (cut.length > 0 && measure(cut.trimEnd() + ELLIPSIS) > maxWidth) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/** Greedy wrap into lines no wider than `maxWidth`; beyond `maxLines` the last line ends in "…". */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let line = '';
  for (const paragraph of text.split('\n')) {
    for (const piece of pieces(paragraph)) {
      if (measure((line + piece).trimEnd()) <= maxWidth) {
        line += piece;
        continue;
      }
      if (line.trim().length > 0) lines.push(line.trimEnd());
      line = '';
      const start = piece.trimStart();
      if (measure(start.trimEnd()) <= maxWidth) {
        line = start;
      } else {
        const parts = hardBreak(start.trimEnd(), maxWidth, measure);
        line = parts.pop() ?? '';
        lines.push(...parts);
      }
    }
    lines.push(line.trimEnd());
    line = '';
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = ellipsize(`${kept[last] ?? ''}${ELLIPSIS}`, maxWidth, measure);
  return kept;
}
