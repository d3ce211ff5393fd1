/**
 * What the build's pre-render of a page was made from. The server sets it before it
 * renders; in the browser it is read back from the attributes the build wrote on the
 * root element, so hydration renders from the same inputs as the build did.
 */
export interface Prerendered {
  /** The pathname the page was rendered for, base path included. */
  pathname: string;
  /** The instant the clock read during the render, in ms since the epoch. */
  renderedAt: number;
}

let onServer: Prerendered | null = null;

/** Called by the build's renderer before each page. */
export function setPrerendered(render: Prerendered): void {
  onServer = render;
}

const ROOT_ID = 'root';

/** The attributes the build writes on the root element for `readPrerendered`. */
export function prerenderedAttributes(render: Prerendered): string {
  return `data-pathname="${encodeURI(render.pathname)}" data-rendered-at="${render.renderedAt}"`;
}

function fromDocument(): Prerendered | null {
  if (typeof document === 'undefined') return null;
  const root = document.getElementById(ROOT_ID);
  const pathname = root?.dataset.pathname;
  const renderedAt = Number(root?.dataset.renderedAt);
  return pathname === undefined || !Number.isFinite(renderedAt) ? null : { pathname: decodeURI(pathname), renderedAt };
}

/** The inputs of the render being hydrated, or of the one running on the server. */
export function readPrerendered(): Prerendered {
  return onServer ?? fromDocument() ?? { pathname: typeof location === 'undefined' ? '/' : location.pathname, renderedAt: Date.now() };
}
