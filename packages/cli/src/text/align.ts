export type Row = readonly [label: string, value: string];

/** Labels on the left, values right-aligned in one column, so amounts line up on their last digit. */
export function alignRows(rows: readonly Row[], indent = '  '): string[] {
  const labelWidth = Math.max(0, ...rows.map(([label]) => displayWidth(label)));
  const valueWidth = Math.max(0, ...rows.map(([, value]) => displayWidth(value)));
  return rows.map(([label, value]) => {
    const gap = ' '.repeat(labelWidth - displayWidth(label) + 3 + valueWidth - displayWidth(value));
    return `${indent}${label}${gap}${value}`;
  });
}

/** Columns a terminal gives the text: Hangul and other wide East Asian characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6)
  );
}
