// A page of the report, laid out and measured but not yet drawn: the document first collects all
// pages so it knows the page count, then draws each one followed by its footer.
import type { PdfContext } from './chart-region.ts';

export type PageDrawer = (ctx: PdfContext) => void;
