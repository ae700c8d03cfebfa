/**
 * CSS colours as the camouflage check (T5) needs them: parsing the forms pages use (`#fff`,
 * `rgb()`, `rgba()`, `hsl()`, named colours) and the WCAG contrast ratio between two colours.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  gray: '#808080', grey: '#808080', silver: '#c0c0c0', maroon: '#800000', navy: '#000080', olive: '#808000',
  purple: '#800080', teal: '#008080', lime: '#00ff00', aqua: '#00ffff', fuchsia: '#ff00ff', orange: '#ffa500',
  whitesmoke: '#f5f5f5', snow: '#fffafa', ivory: '#fffff0', ghostwhite: '#f8f8ff', azure: '#f0ffff',
  aliceblue: '#f0f8ff', mintcream: '#f5fffa', floralwhite: '#fffaf0', linen: '#faf0e6', beige: '#f5f5dc',
  lightgray: '#d3d3d3', lightgrey: '#d3d3d3', gainsboro: '#dcdcdc', darkred: '#8b0000', brown: '#a52a2a',
};

/** Parses a CSS colour; null for `transparent`, `inherit`, unknown keywords and malformed values. */
export function parseColor(value: string | null | undefined): Rgba | null {
  if (!value) return null;
  let v = value.trim().toLowerCase();
  if (NAMED[v]) v = NAMED[v]!;
  let m = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (m && (v.startsWith('#') || /^[0-9a-f]{6}$/.test(v))) {
    let hex = m[1]!;
    if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
    return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16), a: hex.length === 8 ? parseInt(hex.slice(6, 8), 16) / 255 : 1 };
  }
  m = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const ch = (s: string) => (s.endsWith('%') ? (parseFloat(s) * 255) / 100 : parseFloat(s));
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: ch(m[1]!), g: ch(m[2]!), b: ch(m[3]!), a: alpha };
  }
  m = /^hsla?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const h = parseFloat(m[1]!) / 360;
    const s = parseFloat(m[2]!) / 100;
    const l = parseFloat(m[3]!) / 100;
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    const hue = (t: number) => {
      const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
      return x < 1 / 6 ? p + (q - p) * 6 * x : x < 1 / 2 ? q : x < 2 / 3 ? p + (q - p) * (2 / 3 - x) * 6 : p;
    };
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: hue(h + 1 / 3) * 255, g: hue(h) * 255, b: hue(h - 1 / 3) * 255, a: alpha };
  }
  return null;
}

function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (1 = identical, 21 = black on white). */
export function contrast(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Whether `fg` on `bg` is practically invisible: almost the same colour (not just low contrast). */
export function camouflaged(fg: Rgba, bg: Rgba): boolean {
  if (fg.a < 0.1) return true;
  const close = Math.abs(fg.r - bg.r) + Math.abs(fg.g - bg.g) + Math.abs(fg.b - bg.b) <= 24;
  return close && contrast(fg, bg) <= 1.1;
}
