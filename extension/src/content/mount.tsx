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

const rect = (el: Element | null): Box | null => {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
};

function measure(): Placement {
  const panes = [...document.querySelectorAll(selectors.rightPanes.css)].flatMap((el) => rect(el) ?? []);
  return place({
    viewport: { width: innerWidth, height: innerHeight },
    side: currentPlace().side,
    topBar: rect(document.querySelector(selectors.topBar.css)),
    essentials: rect(document.querySelector(selectors.essentials.css)),
    panes,
  });
}

export function mount(kind: string, signal: AbortSignal): Surface {
  const host = document.createElement(hostTag);
  host.dataset.kind = kind;
  const shadow = host.attachShadow({ mode: __E2E__ ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = styles;
  const container = document.createElement('div');
  container.className = 'rd-root';
  shadow.append(style, container);
  document.body.prepend(host);

  let frame: { title: string; customer?: string } = { title: '' };
  let body: ComponentChildren = null;
  let placement = measure();
  let theme: Theme = pageTheme();
  const paint = () =>
    render(
      <Dock
        title={frame.title}
        {...(frame.customer && { customer: frame.customer })}
        placement={placement}
        theme={theme}
      >
        {body}
      </Dock>,
      container,
    );
  // The page moves (Essentials fill in, a pane opens, the theme or window changes): place the panel again.
  const again = () => {
    const next = measure();
    const nextTheme = pageTheme();
    if (JSON.stringify(next) === JSON.stringify(placement) && nextTheme === theme) return;
    placement = next;
    theme = nextTheme;
    paint();
  };
  observePage(again, signal);
  addEventListener('resize', again, { signal });
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
