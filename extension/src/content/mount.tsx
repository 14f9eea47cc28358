import { type ComponentChildren, render } from 'preact';
import { selectors } from '../detect/selectors';
import styles from '../ui/panel.css?inline';
import { Dock } from './dock';
import { currentPlace, watchPlace } from './dock-state';
import { type Box, type Placement, place } from './place';
import { pageTheme, type Theme } from './theme';
import { observePage } from './watch';

// Each page's UI draws inside its own shadow root, with its styles inside: the page's CSS does not reach in, ours does
// not leak out. Closed in the shipped builds; open only in the e2e build so tests can look inside. The host is the
// body's first element, so the panel's toggle comes early in the tab order.
export const hostTag = 'refund-desk-root';

export interface Surface {
  /** Draws `body` in the dock, titled (with the customer's name when known). */
  draw(frame: { title: string; customer?: string }, body: ComponentChildren): void;
}

// The styles are parsed once per page, into one constructed sheet every shadow root adopts; where a browser refuses a
// content script's sheet (Firefox's wrappers may), each root gets its own <style>.
let sheet: CSSStyleSheet | null | undefined;
function applyStyles(shadow: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    } catch {
      sheet = null;
    }
  }
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheet = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = styles;
  shadow.append(style);
}

/**
 * Done once, while the page is idle: parses the styles, then draws a panel and lays it out, out of sight and removed in
 * the same task (never painted), so that the first panel drawn when a URL matches pays no cold start (code, style
 * rules, the fonts' fallbacks) and appears within the navigation's frame.
 */
let lastPlacement: Placement | undefined;
let lastTheme: Theme | undefined;

export function warmUp(frame: { title: string; customer: string }, body: ComponentChildren): void {
  lastPlacement = measure();
  lastTheme = pageTheme();
  const { host, container: off } = createHost();
  host.style.cssText = 'position:fixed;left:-10000px;top:0;visibility:hidden';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  // Open, wherever it stands: a minimized panel would draw none of its body.
  render(
    <Dock
      title={frame.title}
      customer={frame.customer}
      placement={lastPlacement}
      theme={lastTheme}
      place={{ ...currentPlace(), minimized: false }}
    >
      {body}
    </Dock>,
    off,
  );
  off.getBoundingClientRect();
  render(null, off);
  host.remove();
}

const rect = (el: Element | null): Box | null => {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
};

/** The page's elements the panel keeps clear of: top bar, Essentials, then any right-side panes. */
const landmarks = (): (Element | null)[] => [
  document.querySelector(selectors.topBar.css),
  document.querySelector(selectors.essentials.css),
  ...document.querySelectorAll(selectors.rightPanes.css),
];

function measure(found = landmarks()): Placement {
  const [topBar = null, essentials = null, ...panes] = found;
  return place({
    viewport: { width: innerWidth, height: innerHeight },
    side: currentPlace().side,
    topBar: rect(topBar),
    essentials: rect(essentials),
    panes: panes.flatMap((el) => rect(el) ?? []),
  });
}

/** A host element with its shadow root (closed outside the e2e build), the styles, and the container drawn into. */
function createHost(): { host: HTMLElement; container: HTMLDivElement } {
  const host = document.createElement(hostTag);
  const shadow = host.attachShadow({ mode: __E2E__ ? 'open' : 'closed' });
  applyStyles(shadow);
  const container = document.createElement('div');
  container.className = 'rd-root';
  shadow.append(container);
  return { host, container };
}

export function mount(kind: string, signal: AbortSignal): Surface {
  const { host, container } = createHost();
  host.dataset.kind = kind;
  document.body.prepend(host);

  let frame: { title: string; customer?: string } = { title: '' };
  let body: ComponentChildren = null;
  // Drawn at once where the panel last stood (measured while the page was idle), then measured again after that
  // first frame: reading positions now would make the navigation wait for a layout of the whole page.
  let placement = lastPlacement ?? measure();
  let theme: Theme = lastTheme ?? pageTheme();
  const paint = () =>
    render(
      <Dock
        title={frame.title}
        {...(frame.customer && { customer: frame.customer })}
        placement={placement}
        theme={theme}
        place={currentPlace()}
      >
        {body}
      </Dock>,
      container,
    );
  // The page moves (Essentials fill in, a pane opens, the theme or window changes): place the panel again. Reading
  // positions costs the page a layout, so a batch of changes measures only when those elements came or went (and once
  // more a little later, as they fill in), or on resize.
  let seen = landmarks();
  let later: ReturnType<typeof setTimeout> | undefined;
  const again = (force?: unknown) => {
    const found = landmarks();
    const same = found.length === seen.length && found.every((el, i) => el === seen[i]);
    if (force !== true && same) return;
    seen = found;
    clearTimeout(later);
    if (force !== true) later = setTimeout(() => !signal.aborted && again(true), 500);
    const next = measure(found);
    const nextTheme = pageTheme();
    if (JSON.stringify(next) === JSON.stringify(placement) && nextTheme === theme) return;
    placement = lastPlacement = next;
    theme = lastTheme = nextTheme;
    paint();
  };
  observePage(again, signal, 100);
  addEventListener('resize', () => again(true), { signal });
  requestAnimationFrame(() => setTimeout(() => !signal.aborted && again(true), 0));
  const stop = watchPlace(() => {
    placement = measure();
    paint();
  });
  signal.addEventListener(
    'abort',
    () => {
      stop();
      render(null, container);
      host.remove();
    },
    { once: true },
  );
  return {
    draw(nextFrame, nextBody) {
      frame = nextFrame;
      body = nextBody;
      paint();
    },
  };
}
