// Portal links carry ARM ids percent-encoded once or twice (a blade parameter inside a hash route).
export function decodeTwice(text: string): string {
  let out = text;
  for (let i = 0; i < 2; i++) {
    if (!out.includes('%')) break;
    try {
      out = decodeURIComponent(out);
    } catch {
      break; // a stray "%" is left as it is
    }
  }
  return out;
}
