// One pass from typed state to core's answer, with every problem attached to the input it names.
import {
  type CapStatus,
  capStatus,
  type ExchangeEstimate,
  type ExchangeRequest,
  estimateExchange,
  estimateRefund,
  type Problem,
  type RefundEstimate,
  type RefundRequest,
} from '@refund-desk/core';
import { buildRequest, inputForField } from './requests.js';
import type { CalcState } from './state.js';

export type Answer =
  | { kind: 'refund'; value: RefundEstimate; request: RefundRequest }
  | { kind: 'exchange'; value: ExchangeEstimate; request: ExchangeRequest }
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
  // The request goes with the answer: the results ask core about other dates and the exchange alternative.
  const answer = { kind: built.kind, value: result.value, request: built.request } as Answer;
  return { answer, missing: [], problems };
}
