// PNG export without loading an image: the standalone SVG document of a view is painted onto a
// canvas element by element (the small subset of SVG the map and legend use), so that it works
// under a strict Content-Security-Policy where `img-src` forbids blob: and data: URLs.

type Ctx = CanvasRenderingContext2D;

const num = (el: Element, name: string, fallback = 0): number => {
  const v = parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(v) ? v : fallback;
};

interface Defs {
  byId: Map<string, Element>;
  patterns: Map<string, CanvasPattern | null>;
}

function paintFor(
  ctx: Ctx,
  value: string | null,
  defs: Defs,
  box: DOMRect,
): string | CanvasPattern | CanvasGradient | null {
  if (!value || value === 'none') return null;
  const ref = /^url\(["']?#([^"')]+)["']?\)$/.exec(value.trim());
  if (!ref) return value;
  const target = defs.byId.get(ref[1]);
  if (!target) return null;
  if (target.localName === 'pattern') return patternFor(ctx, target, defs);
  if (target.localName === 'linearGradient') {
    const x1 = box.x + box.width * num(target, 'x1', 0);
    const x2 = box.x + box.width * num(target, 'x2', 1);
    const gradient = ctx.createLinearGradient(x1, box.y, x2, box.y);
    for (const stop of target.querySelectorAll('stop')) {
      gradient.addColorStop(
        Math.max(0, Math.min(1, num(stop, 'offset'))),
        stop.getAttribute('stop-color') ?? 'black',
      );
    }
    return gradient;
  }
  return null;
}

function patternFor(ctx: Ctx, pattern: Element, defs: Defs): CanvasPattern | null {
  const id = pattern.getAttribute('id') ?? '';
  if (defs.patterns.has(id)) return defs.patterns.get(id)!;
  const w = num(pattern, 'width', 6);
  const h = num(pattern, 'height', 6);
  const tile = document.createElement('canvas');
  tile.width = Math.max(1, Math.round(w * 4));
  tile.height = Math.max(1, Math.round(h * 4));
  const tctx = tile.getContext('2d');
  let result: CanvasPattern | null = null;
  if (tctx) {
    tctx.scale(4, 4);
    for (const child of pattern.children) paintElement(tctx, child, defs);
    result = ctx.createPattern(tile, 'repeat');
    const rotate = /rotate\(\s*(-?[\d.]+)/.exec(pattern.getAttribute('patternTransform') ?? '');
    const matrix = new DOMMatrix().scale(0.25, 0.25);
    if (rotate) matrix.preMultiplySelf(new DOMMatrix().rotate(Number(rotate[1])));
    result?.setTransform(matrix);
  }
  defs.patterns.set(id, result);
  return result;
}

function bounds(el: Element): DOMRect {
  if (el.localName === 'rect') {
    return new DOMRect(num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height'));
  }
  return new DOMRect(0, 0, 0, 0);
}

function fillAndStroke(
  ctx: Ctx,
  el: Element,
  defs: Defs,
  draw: (mode: 'fill' | 'stroke') => void,
): void {
  const opacity = num(el, 'opacity', 1) * num(el, 'fill-opacity', 1);
  const fill = paintFor(ctx, el.getAttribute('fill') ?? 'black', defs, bounds(el));
  const stroke = paintFor(ctx, el.getAttribute('stroke'), defs, bounds(el));
  const width = num(el, 'stroke-width', 1);
  ctx.save();
  ctx.globalAlpha *= opacity;
  const dash = (el.getAttribute('stroke-dasharray') ?? 'none').split(/[\s,]+/).map(parseFloat);
  ctx.setLineDash(dash.every(Number.isFinite) ? dash : []);
  ctx.lineJoin = (el.getAttribute('stroke-linejoin') as CanvasLineJoin) || 'miter';
  ctx.lineCap = (el.getAttribute('stroke-linecap') as CanvasLineCap) || 'butt';
  const strokeFirst = /^stroke/.test(el.getAttribute('paint-order') ?? '');
  const doFill = () => {
    if (!fill) return;
    ctx.fillStyle = fill;
    draw('fill');
  };
  const doStroke = () => {
    if (!stroke || width <= 0) return;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width;
    draw('stroke');
  };
  if (strokeFirst) {
    doStroke();
    doFill();
  } else {
    doFill();
    doStroke();
  }
  ctx.restore();
}

const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };

function paintElement(ctx: Ctx, el: Element, defs: Defs, font = 'sans-serif'): void {
  const family = el.getAttribute('font-family') ?? font;
  switch (el.localName) {
    case 'svg': {
      ctx.save();
      const x = num(el, 'x');
      const y = num(el, 'y');
      const w = num(el, 'width');
      const h = num(el, 'height');
      ctx.translate(x, y);
      const box = (el.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      if (box.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0) {
        ctx.scale(w / box[2], h / box[3]);
        ctx.translate(-box[0], -box[1]);
      }
      for (const child of el.children) paintElement(ctx, child, defs, family);
      ctx.restore();
      return;
    }
    case 'g':
      for (const child of el.children) paintElement(ctx, child, defs, family);
      return;
    case 'path': {
      const path = new Path2D(el.getAttribute('d') ?? '');
      fillAndStroke(ctx, el, defs, (mode) => (mode === 'fill' ? ctx.fill(path) : ctx.stroke(path)));
      return;
    }
    case 'rect': {
      const path = new Path2D();
      path.rect(num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height'));
      fillAndStroke(ctx, el, defs, (mode) => (mode === 'fill' ? ctx.fill(path) : ctx.stroke(path)));
      return;
    }
    case 'circle': {
      const path = new Path2D();
      path.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
      fillAndStroke(ctx, el, defs, (mode) => (mode === 'fill' ? ctx.fill(path) : ctx.stroke(path)));
      return;
    }
    case 'line': {
      const path = new Path2D();
      path.moveTo(num(el, 'x1'), num(el, 'y1'));
      path.lineTo(num(el, 'x2'), num(el, 'y2'));
      const copy = el.cloneNode() as Element;
      copy.setAttribute('fill', 'none');
      fillAndStroke(ctx, copy, defs, (mode) => mode === 'stroke' && ctx.stroke(path));
      return;
    }
    case 'text': {
      const text = el.textContent ?? '';
      const size = num(el, 'font-size', 12);
      const weight = el.getAttribute('font-weight') ?? 'normal';
      ctx.font = `${weight} ${size}px ${family}`;
      ctx.textAlign = ALIGN[el.getAttribute('text-anchor') ?? 'start'] ?? 'left';
      ctx.textBaseline = 'alphabetic';
      const [x, y] = [num(el, 'x'), num(el, 'y')];
      fillAndStroke(ctx, el, defs, (mode) =>
        mode === 'fill' ? ctx.fillText(text, x, y) : ctx.strokeText(text, x, y),
      );
      return;
    }
    default:
      // defs, pattern, linearGradient, style, title, desc: painted through references only.
      return;
  }
}

/** Paints a standalone SVG document (as made by `svgDocument`) onto a new canvas. */
export function paintSvg(markup: string, scale = 2): HTMLCanvasElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg') throw new Error('not an SVG document');
  const width = num(root, 'width');
  const height = num(root, 'height');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  const defs: Defs = { byId: new Map(), patterns: new Map() };
  for (const el of root.querySelectorAll('[id]')) defs.byId.set(el.getAttribute('id')!, el);
  const family = root.getAttribute('font-family') ?? 'sans-serif';
  for (const child of root.children) paintElement(ctx, child, defs, family);
  return canvas;
}

/** A PNG of a standalone SVG document, painted without loading any image. */
export function svgToPng(markup: string, scale = 2): Promise<Blob> {
  const canvas = paintSvg(markup, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}
