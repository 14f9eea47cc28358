import {
  type CapRequest,
  type CapStatus,
  type Checklist,
  type ChecklistRequest,
  capStatus,
  type ExchangeEstimate,
  type ExchangeRequest,
  estimateExchange,
  estimateRefund,
  type Locale,
  type Problem,
  type RefundEstimate,
  type RefundRequest,
  type Result,
  supportChecklist,
} from '@refund-desk/core';
import type { CommandName } from './args.js';
import { type CliIo, write } from './io.js';
import { readJsonInput } from './read-input.js';
import { renderText } from './text-report.js';

export type CommandResult =
  | { command: 'refund'; result: Result<RefundEstimate> }
  | { command: 'exchange'; result: Result<ExchangeEstimate> }
  | { command: 'cap'; result: Result<CapStatus> }
  | { command: 'checklist'; result: Result<Checklist> };

/**
 * Hands the parsed JSON to core. Core validates untrusted input itself (the contract never throws on bad input),
 * so the request is passed on as it came.
 */
export function runCommand(command: CommandName, request: unknown, locale: Locale | undefined): CommandResult {
  switch (command) {
    case 'refund':
      return { command, result: estimateRefund(request as RefundRequest) };
    case 'exchange':
      return { command, result: estimateExchange(request as ExchangeRequest) };
    case 'cap':
      return { command, result: capStatus(request as CapRequest) };
    case 'checklist':
      return { command, result: supportChecklist(withLocale(request, locale) as ChecklistRequest) };
  }
}

/** `--locale` fills in the checklist's language unless the request names one itself. */
function withLocale(request: unknown, locale: Locale | undefined): unknown {
  if (locale === undefined || !isPlainObject(request) || 'locale' in request) return request;
  return { ...request, locale };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A request that could not even be read (no file, malformed JSON) is bad input like any other. */
export function unreadableInput(message: string): { ok: false; errors: Problem[] } {
  return { ok: false, errors: [{ code: 'INVALID_INPUT', message }] };
}

export interface JsonInvocation {
  command: CommandName;
  input: string | undefined;
  text: boolean;
  locale: Locale | undefined;
}

/** `refund-desk <command> [FILE|-]`: one request in, its Result out (JSON, or --text for people). */
export async function runJsonInvocation(invocation: JsonInvocation, io: CliIo): Promise<number> {
  const input = await readJsonInput(invocation.input, io);
  const outcome: CommandResult = input.ok
    ? runCommand(invocation.command, input.value, invocation.locale)
    : ({ command: invocation.command, result: unreadableInput(input.message) } as CommandResult);
  const textLocale = invocation.locale ?? (input.ok ? requestLocale(input.value) : undefined) ?? 'en';
  const output = invocation.text
    ? `${renderText(outcome, textLocale)}\n`
    : `${JSON.stringify(outcome.result, null, 2)}\n`;
  await write(io.stdout, output);
  return outcome.result.ok ? 0 : 2;
}

/** A checklist request may name its language; the --text labels follow it unless --locale says otherwise. */
function requestLocale(request: unknown): Locale | undefined {
  const locale = isPlainObject(request) ? request.locale : undefined;
  return locale === 'en' || locale === 'ko' ? locale : undefined;
}
