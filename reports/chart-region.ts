// Lets chart.js draw into one box of a PDF page, as vectors, on the page's own context.
//
// chart.js assumes it owns a whole canvas: it reads the size from ctx.canvas, resets the transform with
// setTransform(dpr, 0, 0, dpr, 0, 0) and clears everything with clearRect before drawing. So we hand it
// a stand-in canvas the size of the box whose context is a Proxy of the page context that
//  - reports the stand-in as its `canvas` (chart.js sizes the chart from it, and may resize it),
//  - offsets setTransform/resetTransform by the box origin (a plain translate would be overwritten),
//  - ignores clearRect (the box is blank already; clearing on a PDF surface would erase page content),
// and forwards everything else to the real context, bound to it (node-canvas methods and accessors
// need the native object as `this`). Drawing is clipped to the box.
import type { CanvasRenderingContext2D as PdfContext } from 'canvas';
import type { ChartItem } from 'chart.js';

export type { PdfContext };

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface StandInCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): PdfContext;
}

function regionProxy(page: PdfContext, box: Box, canvas: StandInCanvas): PdfContext {
  const overrides: Partial<Record<string | symbol, unknown>> = {
    canvas,
    setTransform: (a: number, b: number, c: number, d: number, e: number, f: number) =>
      page.setTransform(a, b, c, d, e + box.x, f + box.y),
    resetTransform: () => page.setTransform(1, 0, 0, 1, box.x, box.y),
    clearRect: () => undefined,
  };
  return new Proxy(page, {
    get(target, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop];
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
}

/**
 * Runs `draw` with a chart.js item for `box` on `page`; `draw` must render synchronously (pass
 * `animation: false`) and should destroy its chart. The page's graphics state is restored afterwards.
 */
export function withChartRegion(page: PdfContext, box: Box, draw: (item: ChartItem) => void): void {
  const canvas: StandInCanvas = {
    width: box.width,
    height: box.height,
    getContext: () => proxy,
  };
  const proxy = regionProxy(page, box, canvas);
  page.save();
  try {
    page.beginPath();
    page.rect(box.x, box.y, box.width, box.height);
    page.clip();
    // chart.js's ChartItem type only knows DOM canvases; the stand-in has what its BasicPlatform uses
    // (width, height, getContext('2d')).
    draw(canvas as unknown as ChartItem);
  } finally {
    page.restore();
  }
}
