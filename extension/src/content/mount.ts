import styles from '../ui/styles.css?inline';

// Each feature draws inside its own shadow root, with its styles inside: the page's CSS does not reach in, ours does not
// leak out. Closed in the shipped builds; open only in the e2e build so tests can look inside.
export const hostTag = 'refund-desk-root';

export interface Mount {
  container: HTMLElement;
  host: HTMLElement;
}

export function mount(kind: string, signal: AbortSignal): Mount {
  const host = document.createElement(hostTag);
  host.dataset.kind = kind;
  const shadow = host.attachShadow({ mode: __E2E__ ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = styles;
  const container = document.createElement('div');
  container.className = 'rd-root';
  shadow.append(style, container);
  document.body.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { container, host };
}
