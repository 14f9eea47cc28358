// A problem as a sentence for people: the field's name first ("Purchase price: must be greater than zero…"), never its
// JSON path. The contract's own `message` stays as it is (it names the path, for programs and logs); faces show this.
import { catalog, fill } from '../explain.js';
import type { Locale, Problem } from '../types.js';
import { plainText } from '../validate.js';
import { fieldLabel, hasFieldLabel } from './field-names.js';
import { policyWordParams } from './policy-words.js';

/**
 * A JSON path inside a message: "reservation.price.currency", "returns[0].reservation.start", "ledger[2].date". Only
 * a whole path: never the word "reservation" of a sentence or of a file's name ("portal-reservations.csv").
 */
const RAW_PATH =
  /(?<![\w.\-/])(?:reservation(?:\.[A-Za-z]\w*|\[\d+\])+|(?:returns|purchases|ledger)\[\d+\](?:\.[A-Za-z]\w*|\[\d+\])*)(?![\w-])/g;

/** The English message without its leading path, and with any other path named in words. */
function englishDetail(problem: Problem, field: string | undefined): string {
  let message = plainText(problem.message);
  if (field && message.startsWith(field)) message = message.slice(field.length).replace(/^:?\s+/, '');
  return message.replace(RAW_PATH, (path) => (hasFieldLabel(path) ? `"${fieldLabel(path, 'en')}"` : path));
}

/**
 * A problem for people, in English or Korean: "Purchase price: must be greater than zero, not "0"", "구매 가격: 통화의
 * 소수 자릿수를 넘지 않는 금액을 입력하세요." The English keeps the message's details (the value typed); the Korean is the
 * sentence for the code. A field core cannot name is left as the message has it. Never throws.
 */
export function describeProblem(problem: Problem, locale: Locale): string {
  if (typeof problem !== 'object' || problem === null) return '';
  const field = typeof problem.field === 'string' && problem.field !== '' ? problem.field : undefined;
  const named = field !== undefined && hasFieldLabel(field);
  if (locale === 'ko') {
    // The sentence for this code about this field where there is one (problemSentence), else the code's own.
    const code = plainText(problem.code);
    const known = Object.hasOwn(catalog('ko').problems, code);
    const sentence = known ? problemSentence(code, 'ko', field) : plainText(problem.message);
    return named ? `${fieldLabel(field, 'ko')}: ${sentence}` : sentence;
  }
  if (!named) return plainText(problem.message);
  return `${fieldLabel(field, 'en')}: ${englishDetail(problem, field)}`;
}

/**
 * The sentence for an error code, filled from the policy's parameters ("Over the USD 50,000 limit…"); given the
 * problem's field, the sentence for that code about that field when there is one ("Type the units owned: …").
 */
export function problemSentence(code: string, locale: Locale, field?: string): string {
  const reader: Locale = locale === 'ko' ? 'ko' : 'en';
  const sentences = catalog(reader).problems as Record<string, string>;
  // An exchange's return is a reservation too: "returns[1].reservation.quantity" reads as "reservation.quantity".
  const byField = `${code}@${(field ?? '').replace(/^returns\[\d+\]\./, '')}`;
  const key = field !== undefined && Object.hasOwn(sentences, byField) ? byField : code;
  return Object.hasOwn(sentences, key) ? fill(sentences[key]!, policyWordParams(undefined, reader), reader) : code;
}

/**
 * A problem of an import report (a file's row) for people. Its field is the file's own column ("Reservation Id") or
 * the fact's words, never a request path, so it is not renamed: in English the message as core wrote it (it names the
 * column and the value found); in Korean the sentence for the code after the column.
 */
export function describeRowProblem(problem: { field?: string; code: string; message: string }, locale: Locale): string {
  if (locale !== 'ko') return plainText(problem.message);
  const sentence = problemSentence(problem.code, 'ko');
  const field = problem.field ? plainText(problem.field) : '';
  return field && !sentence.startsWith(field) ? `${field}: ${sentence}` : sentence;
}
