// @refund-desk/core: the public contract (docs/contract.md). Everything here is pure and tree-shakable.

export * from './book/index.js';
export { capStatus } from './cap.js';
export { supportChecklist } from './checklist.js';
export * from './csv/index.js';
export { todayUtc } from './dates.js';
export { estimateExchange } from './exchange.js';
export { explain } from './explain.js';
export {
  type ReservationFields,
  requiredReservationFields,
  reservationFieldNames,
  reservationFromFields,
  wholeNumberField,
} from './fields.js';
export { avoidedWordings, type GlossaryTerm, glossary } from './glossary.js';
export { GUID_PATTERN, isGuid, normalizeGuid } from './guid.js';
export { currencyDigits, formatMoney, isCurrency, minorUnits } from './money.js';
export {
  type Dated,
  isPolicyId,
  type ParameterHistory,
  type ParameterName,
  parameterFor,
  parameterHistory,
  parameterOn,
  policyIds,
  policyVersions,
} from './parameters.js';
export {
  type Policy,
  type PolicyParameters,
  policies,
  policyById,
  policyInForce,
  type Rate,
  sources,
} from './policies.js';
export {
  decodeTwice,
  type PortalHost,
  parsePortalUrl,
  portalHosts,
  portalMatchPatterns,
  portalSiteOfHost,
} from './portal-url.js';
export { type Product, type ProductFamily, productByKey, productFamilies, products } from './products.js';
export { estimateRefund } from './refund.js';
export { isRuleId, type Rule, type RuleFamily, ruleById, ruleFamilies, rules, type SourceId } from './rules.js';
export { policyPagePath, rulePagePath } from './site-paths.js';
export * from './types.js';
export { freezeLedger } from './validate.js';
export * from './words/index.js';
