import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ask } from '../../browser';
import { t } from '../../ui/i18n';

/** A labelled region with a keyboard-operable show/hide button; the state is remembered in the settings. */
export function Collapsible({
  id,
  title,
  collapsed,
  children,
}: {
  id: string;
  title: string;
  collapsed: boolean;
  children: ComponentChildren;
}) {
  const [closed, setClosed] = useState(collapsed);
  const toggle = () => {
    setClosed(!closed);
    ask({ type: 'panel/collapse', collapsed: !closed }).catch(() => {});
  };
  return (
    <section class="rd-panel" aria-labelledby={`${id}-title`}>
      <header class="rd-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" class="rd-button" aria-expanded={!closed} aria-controls={`${id}-body`} onClick={toggle}>
          {closed ? t('show') : t('hide')}
        </button>
      </header>
      <div id={`${id}-body`} class="rd-body" hidden={closed}>
        {children}
      </div>
    </section>
  );
}
