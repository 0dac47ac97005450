// The per-transaction table, continued over as many pages as it needs with the header repeated.
import type { Analysis, TransactionSummary } from '../analysis/types.ts';
import type { PdfContext } from './chart-region.ts';
import { formatCount, formatMs, formatPercent } from './format.ts';
import { contentTop, drawPageHeading } from './page-frame.ts';
import type { PageDrawer } from './page-drawer.ts';
import { paginateTable } from './paginate.ts';
import { drawTable, HEADER_HEIGHT, layoutRows, type Column } from './table.ts';
import { drawText } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';

const columns: readonly Column<TransactionSummary>[] = [
  { title: 'Transaction', width: 'flex', align: 'left', cell: (t) => t.name },
  { title: 'Requests', width: 56, align: 'right', cell: (t) => formatCount(t.requests) },
  { title: 'Failed', width: 46, align: 'right', cell: (t) => formatCount(t.failed) },
  {
    title: 'Error rate',
    width: 56,
    align: 'right',
    cell: (t) => formatPercent(t.errorRate),
    color: (t) => (t.failed > 0 ? COLOR.danger : undefined),
  },
  { title: 'p50 ms', width: 46, align: 'right', cell: (t) => formatMs(t.latency.p50Ms) },
  { title: 'p95 ms', width: 46, align: 'right', cell: (t) => formatMs(t.latency.p95Ms) },
  { title: 'p99 ms', width: 46, align: 'right', cell: (t) => formatMs(t.latency.p99Ms) },
];

export function transactionPages(ctx: PdfContext, a: Analysis): PageDrawer[] {
  const rows = layoutRows(ctx, columns, a.transactions);
  const height = CONTENT.bottom - contentTop(true);
  const pages = paginateTable(columns, rows, {
    rowHeight: (r) => r.height,
    headerHeight: HEADER_HEIGHT,
    firstPageHeight: height,
    pageHeight: height,
  });
  const count = a.transactions.length;
  const subtitle = `${formatCount(count)} transaction${count === 1 ? '' : 's'} (k6 name tag) · latency percentiles in milliseconds`;
  return pages.map((page) => (c: PdfContext) => {
    const top = drawPageHeading(c, page.continued ? 'Transactions (continued)' : 'Transactions', subtitle);
    drawTable(c, page.header, page.rows, top);
    if (count === 0) drawText(c, 'No transactions were recorded.', CONTENT.left, top + HEADER_HEIGHT + 6, { size: SIZE.body, color: COLOR.muted });
  });
}
