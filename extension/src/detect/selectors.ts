// Every DOM selector the extension uses, with the date it was last seen working. The portal's class names are unstable:
// whatever these find is a hint for the agent to confirm, never a requirement.
export const selectors = {
  /** The title of the active blade (reservation display name). Seen 2026-11-25 (public portal markup, fixtures). */
  bladeTitle: { css: '.fxs-blade-title-titleText', lastSeen: '2026-11-25' },
  /** Label/value pairs of the essentials panel on a reservation overview. Seen 2026-11-25. */
  essentialsItem: { css: '.fxc-essentials-item', lastSeen: '2026-11-25' },
  essentialsLabel: { css: '.fxc-essentials-label', lastSeen: '2026-11-25' },
  essentialsValue: { css: '.fxc-essentials-value', lastSeen: '2026-11-25' },
  /** The Essentials block as a whole, which the panel must never cover. Seen 2026-12-01 (public portal markup, fixtures). */
  essentials: { css: '.fxc-essentials', lastSeen: '2026-12-01' },
  /** The portal's top bar: the panel starts below it. Seen 2026-12-01. */
  topBar: { css: '.fxs-topbar, body > header', lastSeen: '2026-12-01' },
  /** The portal's own right-side panes (context panes, e.g. Return or Exchange): never covered. Seen 2026-12-01. */
  rightPanes: { css: '.fxs-contextpane, .fxs-blade-contextpane, [data-rd-pane]', lastSeen: '2026-12-01' },
} as const;

/** The Essentials label whose value is the reservation order ID on the page: read values count only when it is the URL's. */
export const orderIdLabel = /^reservation order id$/i;
