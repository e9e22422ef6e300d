import type {PrismTheme} from 'prism-react-renderer';

/**
 * Prism themes as shipped fail WCAG AA contrast on some tokens (github's
 * comments, dracula's comments, faded punctuation), which axe reports on every
 * code block. `withContrast` keeps a theme's look and moves each failing token
 * colour towards the text colour's side (darker on a light background, lighter
 * on a dark one) just enough to reach the ratio; `opacity` is dropped, as it
 * lowers contrast behind the colour's back.
 */
type Rgb = [number, number, number];

export function parseColor(value: string): Rgb {
  const v = value.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(v);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hsl = /^hsla?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%/i.exec(v);
  if (hsl) {
    const [h, s, l] = [Number(hsl[1]) / 360, Number(hsl[2]) / 100, Number(hsl[3]) / 100];
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    const channel = (t: number) => {
      const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
      const c = x < 1 / 6 ? p + (q - p) * 6 * x : x < 1 / 2 ? q : x < 2 / 3 ? p + (q - p) * (2 / 3 - x) * 6 : p;
      return Math.round(c * 255);
    };
    return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
  }
  throw new Error(`prism theme: cannot read the colour "${value}"`);
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parseColor(a)), luminance(parseColor(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The colour, mixed towards black or white in small steps until it reaches `ratio` on `background`. */
export function ensureContrast(color: string, background: string, ratio = 4.5): string {
  if (contrastRatio(color, background) >= ratio) return color;
  const from = parseColor(color);
  const target: Rgb = luminance(parseColor(background)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = toHex(from.map((c, i) => c + (target[i]! - c) * t) as Rgb);
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return toHex(target);
}

export function withContrast(theme: PrismTheme, ratio = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor;
  if (!background) throw new Error('prism theme: plain.backgroundColor is needed to check contrast');
  const fix = <S extends {color?: string; opacity?: number}>(style: S): S => {
    const {opacity: _dropped, ...rest} = style;
    return rest.color ? ({...rest, color: ensureContrast(rest.color, background, ratio)} as S) : (rest as S);
  };
  return {plain: fix(theme.plain), styles: theme.styles.map((s) => ({...s, style: fix(s.style)}))};
}
