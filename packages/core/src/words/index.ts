// What the faces say, in English and Korean: figure labels by contract path, input field names, policy titles, problem
// sentences and the shared value words. Faces keep no copies of these.

export { fieldHint, fieldLabel, fieldLabelWithHint, hasFieldLabel, type Words } from './field-names.js';
export {
  azureFieldName,
  type FigureOf,
  type FigureWords,
  figureLabel,
  figurePaths,
  figureWords,
} from './figure-names.js';
export { LEDGER_NOTE, ledgerEntryFromEstimate } from './ledger-entry.js';
export { percentText, policyChanges, policyTitle, policyWordParams, usdText } from './policy-words.js';
export { describeProblem, describeRowProblem, problemSentence } from './problems.js';
export {
  billingPlanLabel,
  bookFormatLabel,
  priceBasisLabel,
  type SentenceKey,
  sentence,
  termLabel,
} from './value-names.js';
