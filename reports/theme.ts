// Page geometry, type scale and colours of the capacity PDF, in one place so every page agrees.
// Units are PDF points: on node-canvas's PDF surface one canvas pixel is one point.

export const PAGE = {
  width: 595, // A4
  height: 842,
  margin: 48,
  /** Top of the footer band: page content must end above it. */
  footerTop: 842 - 40,
} as const;

export const CONTENT = {
  left: PAGE.margin,
  right: PAGE.width - PAGE.margin,
  width: PAGE.width - 2 * PAGE.margin,
  top: PAGE.margin,
  bottom: PAGE.footerTop - 12,
} as const;

// DejaVu Sans is what this machine has (fc-list); Liberation Sans and the generic family are fallbacks
// for machines that lack it, so text never disappears.
export const FONT_FAMILY = '"DejaVu Sans", "Liberation Sans", sans-serif';

export const SIZE = {
  title: 24,
  h1: 15,
  h2: 11,
  body: 9.5,
  table: 8.5,
  small: 7.5,
  chart: 7.5,
} as const;

export type Weight = 'normal' | 'bold';

/** A CSS font string for node-canvas; `px` on the PDF surface are points. */
export function font(size: number, weight: Weight = 'normal'): string {
  return `${weight === 'bold' ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
}

export const COLOR = {
  text: '#1f2933',
  muted: '#5f6b7a',
  rule: '#c9d1da',
  grid: '#e4e8ee',
  zebra: '#f3f5f8',
  panel: '#f6f8fa',
  accent: '#1f5fa8',
  danger: '#b42318',
  throughput: '#1f5fa8',
  throughputFill: 'rgba(31, 95, 168, 0.12)',
  latency: '#d9480f',
  /** CloudWatch series, cycled. */
  series: ['#0b7a75', '#7048b6', '#a15c00', '#2f6f3e', '#b0306a'],
} as const;
