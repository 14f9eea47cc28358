import { billingPlanLabel, fieldLabelWithHint, products, termLabel } from '@refund-desk/core';
import { type InputField, inputFields } from '../shapes';
import { fieldPaths } from './estimate';

// The words of the manual form, from core: each field's name (with its hint), the products and the menus' values.
// Extension pages ask core at run time; the content script gets the same words computed by core at build time
// (vite.config.ts defines __FORM_WORDS__), so it carries these few sentences instead of core's whole catalog.
export interface FormWords {
  /** Field name by form field (less the customer, which is the extension's own word), plus 'used' and 'date'. */
  labels: Record<string, string>;
  products: [string, string][];
  terms: [string, string][];
  plans: [string, string][];
}

// The form's own fields (shapes.ts derives them from core's field names) less the customer, plus the request date.
const labelled: (Exclude<InputField, 'customer'> | 'date')[] = [
  ...inputFields.filter((field): field is Exclude<InputField, 'customer'> => field !== 'customer'),
  'date',
];

export function formWords(locale: 'en' | 'ko'): FormWords {
  const labels: Record<string, string> = Object.fromEntries(
    labelled.map((field) => [field, fieldLabelWithHint(field === 'date' ? 'date' : fieldPaths[field], locale)]),
  );
  labels.used = fieldLabelWithHint('reservation.used', locale);
  return {
    labels,
    products: products.filter((p) => !p.purchaseOnly).map((p) => [p.key, p.title[locale]]),
    terms: (['P1Y', 'P3Y', 'P5Y'] as const).map((term) => [term, termLabel(term, locale)]),
    plans: (['Upfront', 'Monthly'] as const).map((plan) => [plan, billingPlanLabel(plan, locale)]),
  };
}
