import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {contrastRatio, ensureContrast, parseColor, withContrast} from '../../src/prism/contrast';

describe('Prism themes meet WCAG AA contrast', () => {
  it('reads the colour notations the themes use', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(98, 114, 164)')).toEqual([98, 114, 164]);
    expect(parseColor('hsl(0, 100%, 50%)')).toEqual([255, 0, 0]);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21);
  });

  it('the stock themes fail (why this exists)', () => {
    expect(contrastRatio('#999988', themes.github.plain.backgroundColor!)).toBeLessThan(4.5);
    expect(contrastRatio('rgb(98, 114, 164)', themes.dracula.plain.backgroundColor!)).toBeLessThan(4.5);
  });

  it.each(['github', 'dracula'] as const)(
    '%s: every token colour reaches 4.5:1 on the background, and no opacity is left',
    (name) => {
      const theme = withContrast(themes[name]);
      const background = theme.plain.backgroundColor!;
      // Every token style of the stock theme is still there (a theme without styles has nothing to fail).
      expect(themes[name].styles.length).toBeGreaterThan(5);
      expect(theme.styles.map((s) => s.types)).toEqual(themes[name].styles.map((s) => s.types));
      const styles = [theme.plain, ...theme.styles.map((s) => s.style)];
      expect(styles.filter((style) => style.color).length).toBeGreaterThan(5);
      for (const style of styles) {
        if (style.color) expect(contrastRatio(style.color, background)).toBeGreaterThanOrEqual(4.5);
        expect(style).not.toHaveProperty('opacity');
      }
    },
  );

  it('keeps a colour that passes, and moves a failing one only as far as needed', () => {
    expect(ensureContrast('#000000', '#ffffff')).toBe('#000000');
    const fixed = ensureContrast('#999988', '#f6f8fa');
    expect(contrastRatio(fixed, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#f6f8fa')).toBeLessThan(5);
  });
});
