// Every DOM selector the extension uses, with the date it was last seen working. The portal's class names are unstable:
// whatever these find is a hint for the agent to confirm, never a requirement.
export const selectors = {
  /** The title of the active blade (reservation display name). Seen 2026-11-25 (public portal markup, fixtures). */
  bladeTitle: { css: '.fxs-blade-title-titleText', lastSeen: '2026-11-25' },
  /** Label/value pairs of the essentials panel on a reservation overview. Seen 2026-11-25. */
  essentialsItem: { css: '.fxc-essentials-item', lastSeen: '2026-11-25' },
  essentialsLabel: { css: '.fxc-essentials-label', lastSeen: '2026-11-25' },
  essentialsValue: { css: '.fxc-essentials-value', lastSeen: '2026-11-25' },
} as const;

/** Essentials labels (English portal UI) whose values can prefill the form. Seen 2026-11-25 (public screenshots). */
export const essentialsLabels = {
  term: /^term$/i,
  billingPlan: /^billing (?:frequency|plan)$/i,
  quantity: /^quantity$/i,
  start: /^(?:benefit )?start date$/i,
} as const;
