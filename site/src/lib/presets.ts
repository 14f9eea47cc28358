// Presets are the documents' worked examples: a contract request plus the figures the documents state.
// checkPreset runs core on the request; any stated figure core disagrees with is a build error.
import {
  type CapRequest,
  capStatus,
  type ExchangeRequest,
  estimateExchange,
  estimateRefund,
  type RefundRequest,
} from '@refund-desk/core';
import { stateFromRequest } from '../calculator/requests.js';
import { stateToQuery } from '../calculator/state.js';

export type Expected = string | number | boolean | null;

export interface PresetData {
  order: number;
  title: { en: string; ko: string };
  source: string;
  kind: 'refund' | 'exchange' | 'cap';
  request: RefundRequest | ExchangeRequest | CapRequest;
  /** Contract path -> expected plain value; for money, its amount string ("2400.00"). */
  expect: Record<string, Expected>;
}

export function runPreset(preset: PresetData) {
  if (preset.kind === 'refund') return estimateRefund(preset.request as RefundRequest);
  if (preset.kind === 'exchange') return estimateExchange(preset.request as ExchangeRequest);
  return capStatus(preset.request as CapRequest);
}

/** The value at a path such as "policyResult.capUse" or "refills[0].date"; money reduces to its amount. */
export function valueAt(root: unknown, path: string): unknown {
  const node = nodeAt(root, path);
  if (node && typeof node === 'object' && 'amount' in node && 'currency' in node)
    return (node as { amount: string }).amount;
  return node;
}

/** The raw value at a contract path (money stays a Money object). */
export function nodeAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Every disagreement between the preset's stated figures and core's answer; empty when they agree. */
export function checkPreset(preset: PresetData): string[] {
  const result = runPreset(preset);
  if (!result.ok)
    return [`core rejects the request: ${result.errors.map((e) => `${e.field ?? ''} ${e.code}`).join('; ')}`];
  const problems: string[] = [];
  for (const [path, expected] of Object.entries(preset.expect)) {
    const actual = valueAt(result.value, path);
    if (actual !== expected) {
      problems.push(`${path}: the preset says ${JSON.stringify(expected)}, core computes ${JSON.stringify(actual)}`);
    }
  }
  return problems;
}

/** The calculator link that opens this preset. */
export function presetQuery(preset: PresetData): string {
  return stateToQuery(stateFromRequest(preset.kind, preset.request));
}
