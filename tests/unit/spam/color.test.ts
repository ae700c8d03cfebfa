import { describe, expect, it } from 'vitest';
import { camouflaged, contrast, parseColor } from '../../../lib/spam/color';

describe('colours for the camouflage check', () => {
  it('parses the forms pages use', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('FFFFFF')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgb(242, 242, 242)')).toMatchObject({ r: 242, g: 242, b: 242, a: 1 });
    expect(parseColor('rgba(0,0,0,0)')).toMatchObject({ a: 0 });
    expect(parseColor('white')).toMatchObject({ r: 255 });
    expect(parseColor('hsl(0, 0%, 100%)')).toMatchObject({ r: 255, g: 255, b: 255 });
    expect(parseColor('transparent')).toBeNull();
    expect(parseColor('inherit')).toBeNull();
  });

  it('calls text camouflaged only when it is (almost) the background colour', () => {
    const white = parseColor('#fff')!;
    expect(camouflaged(parseColor('#fefefe')!, white)).toBe(true);
    expect(camouflaged(parseColor('#f2f2f2')!, parseColor('#f2f2f2')!)).toBe(true);
    expect(camouflaged(parseColor('#999')!, white)).toBe(false); // low contrast, still readable
    expect(camouflaged(parseColor('#fff')!, parseColor('#0b4a8b')!)).toBe(false); // white on dark blue
    expect(contrast(parseColor('#000')!, white)).toBeCloseTo(21, 0);
  });
});
