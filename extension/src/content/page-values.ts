import { essentialsLabels } from '../detect/selectors';
import type { Suggestion } from '../shapes';
import type { PageHints } from './page-hints';

// Turns values read from the page into suggestions for the form. A suggestion is shown as read and only fills the
// field when the agent says so; anything not understood is left out.
const parsers: { [K in keyof typeof essentialsLabels]: (text: string) => string | null } = {
  term: (text) => {
    const years = /^(1|3|5)\s*(?:years?|yr|년)$/i.exec(text.trim())?.[1];
    return years ? `P${years}Y` : null;
  },
  billingPlan: (text) =>
    /^upfront$/i.test(text.trim()) ? 'Upfront' : /^monthly$/i.test(text.trim()) ? 'Monthly' : null,
  quantity: (text) => (/^\d{1,6}$/.test(text.trim()) ? text.trim() : null),
  start: (text) => {
    const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text.trim())?.[1];
    return iso ?? null;
  },
};

export function suggestionsFrom(hints: PageHints): Suggestion[] {
  return hints.essentials.flatMap(({ label, value }) => {
    for (const [field, pattern] of Object.entries(essentialsLabels) as [keyof typeof essentialsLabels, RegExp][]) {
      if (!pattern.test(label)) continue;
      const parsed = parsers[field](value);
      return parsed ? [{ field, value: parsed, read: `${label}: ${value}` }] : [];
    }
    return [];
  });
}
