import type { ComponentChildren } from 'preact';
import { t } from '../ui/i18n-core';
import { type DockPlace, setPlace } from './dock-state';
import type { Placement } from './place';
import type { Theme } from './theme';

/**
 * The panel's frame: docked to one edge, placed clear of the portal's Essentials and right-side panes, minimizable to a
 * small tab. Its first control is a toggle, so the panel is reached early in the page's tab order (the host is the
 * first element of the body), like a skip link.
 */
export function Dock({
  title,
  customer,
  placement,
  theme,
  place,
  children,
}: {
  title: string;
  customer?: string;
  placement: Placement;
  theme: Theme;
  /** drawn again by mount.tsx whenever it changes */
  place: DockPlace;
  children: ComponentChildren;
}) {
  const side = placement.side;
  const style = `top:${placement.top}px;${side}:8px;width:${placement.width}px;max-height:${placement.maxHeight}px`;
  const heading = customer ? `${title}: ${customer}` : title;
  if (place.minimized) {
    return (
      <div class="rd-dock rd-min" data-side={side} data-theme={theme} style={`top:${placement.top}px;${side}:0`}>
        <button
          type="button"
          class="rd-tab"
          aria-expanded="false"
          aria-controls="rd-panel-body"
          data-testid="panel-toggle"
          onClick={() => setPlace({ minimized: false })}
        >
          {heading}
        </button>
      </div>
    );
  }
  return (
    <section class="rd-dock rd-panel" data-side={side} data-theme={theme} style={style} aria-labelledby="rd-title">
      <header class="rd-header">
        <button
          type="button"
          class="rd-button"
          aria-expanded="true"
          aria-controls="rd-panel-body"
          data-testid="panel-toggle"
          onClick={() => setPlace({ minimized: true })}
        >
          {t('minimize')}
        </button>
        <h2 id="rd-title" data-testid="panel-title">
          {heading}
        </h2>
        <button
          type="button"
          class="rd-button"
          data-testid="dock-other-side"
          onClick={() => setPlace({ side: side === 'left' ? 'right' : 'left' })}
        >
          {side === 'left' ? t('dockRight') : t('dockLeft')}
        </button>
      </header>
      <div id="rd-panel-body" class="rd-body">
        {children}
      </div>
    </section>
  );
}
