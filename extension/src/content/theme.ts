// Light or dark like the portal: the page's own color-scheme first, then its background's lightness, then the
// system's prefers-color-scheme. Read from computed styles only (never the portal's unstable class names).
export type Theme = 'light' | 'dark';

/** "dark", "light" or null from a CSS color-scheme value ("light dark" says nothing). */
export function schemeOf(value: string | null | undefined): Theme | null {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  const dark = words.includes('dark');
  const light = words.includes('light');
  return dark && !light ? 'dark' : light && !dark ? 'light' : null;
}

/** Dark when an opaque rgb()/rgba() colour's relative lightness is under a half; null when transparent or unreadable. */
export function lightnessOf(color: string | null | undefined): Theme | null {
  const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(color ?? '');
  if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

export function pageTheme(doc: Document = document): Theme {
  const view = doc.defaultView;
  for (const el of [doc.documentElement, doc.body]) {
    if (!el || !view) continue;
    const style = view.getComputedStyle(el);
    const found = schemeOf(style.colorScheme) ?? lightnessOf(style.backgroundColor);
    if (found) return found;
  }
  const meta = schemeOf(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content'));
  if (meta) return meta;
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
