/** node's parseArgs messages are long-winded; name the option plainly. */
export function describeArgumentError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const option = /'(-[^' ,]*)/.exec(error.message)?.[1];
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return error.message.includes('does not take')
      ? `option ${option} takes no value`
      : `option ${option} needs a value`;
  }
  return error.message;
}
