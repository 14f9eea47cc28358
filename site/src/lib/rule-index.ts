// The rule index page's rows, from core's list of rules (R-…): the page renders these and never types a rule itself.
import { rules, type SourceId } from '@refund-desk/core';
import { ruleFamilyHref, ruleRowId, type SiteLocale } from './rule-pages';
import { sourceById } from './sources';

export interface RuleRow {
  id: string;
  /** The row's id on the page: rulePageHref links here. */
  anchor: string;
  summary: string;
  sources: { id: SourceId; url?: string; title?: string }[];
  decision: boolean;
}

export interface RuleFamily {
  family: string;
  /** The page that explains the family. */
  href: string;
  rows: RuleRow[];
}

/** Every rule of core, grouped by family in the rule book's order, worded in the page's language. */
export function ruleIndex(locale: SiteLocale): RuleFamily[] {
  const families = new Map<string, RuleFamily>();
  for (const rule of rules) {
    let group = families.get(rule.section);
    if (!group) {
      group = { family: rule.section, href: ruleFamilyHref(rule.section, locale), rows: [] };
      families.set(rule.section, group);
    }
    group.rows.push({
      id: rule.id,
      anchor: ruleRowId(rule.id),
      summary: locale === 'ko' ? rule.ko : rule.en,
      sources: rule.sources.map((id) => {
        const source = sourceById(id);
        return source ? { id, url: source.url, title: source.title } : { id };
      }),
      decision: rule.decision === true,
    });
  }
  return [...families.values()];
}
