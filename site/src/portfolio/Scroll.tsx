// A wide table's box on a narrow screen: it scrolls sideways, so it must be reachable and scrollable by keyboard
// (WCAG 2.1.1; axe's scrollable-region-focusable), named by the table's caption or heading.
import type { ComponentChildren } from 'preact';

export function Scroll({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is operable: the keyboard scrolls it.
    <section class="rd-pf-scroll" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}
