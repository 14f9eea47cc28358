// One pass from typed state to core's answer, with every problem attached to the input it names.
import {
  type CapStatus,
  capStatus,
  type ExchangeEstimate,
  estimateExchange,
  estimateRefund,
  type Problem,
  type RefundEstimate,
} from '@refund-desk/core';
import { buildRequest, inputForField } from './requests.js';
import type { CalcState } from './state.js';

export type Answer =
  | { kind: 'refund'; value: RefundEstimate }
  | { kind: 'exchange'; value: ExchangeEstimate }
  | { kind: 'cap'; value: CapStatus };

export interface Outcome {
  answer: Answer | null;
  missing: string[];
  /** Problems keyed by input id; problems no input owns are under "". */
  problems: Map<string, Problem[]>;
}

export function compute(state: CalcState): Outcome {
  const built = buildRequest(state);
  const problems = new Map<string, Problem[]>();
  const file = (list: Problem[]) => {
    for (const problem of list) {
      const input = inputForField(problem.field, state.mode) ?? '';
      problems.set(input, [...(problems.get(input) ?? []), problem]);
    }
  };
  if (!('kind' in built)) return { answer: null, missing: built.missing, problems };
  const result =
    built.kind === 'refund'
      ? estimateRefund(built.request)
      : built.kind === 'exchange'
        ? estimateExchange(built.request)
        : capStatus(built.request);
  if (!result.ok) {
    file(result.errors);
    return { answer: null, missing: [], problems };
  }
  return { answer: { kind: built.kind, value: result.value } as Answer, missing: [], problems };
}
