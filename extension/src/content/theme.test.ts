import { afterEach, describe, expect, it } from 'vitest';
import { lightnessOf, pageTheme, schemeOf } from './theme';

describe('theme', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
  });

  it('reads a one-sided color-scheme and ignores "light dark"', () => {
    expect(schemeOf('dark')).toBe('dark');
    expect(schemeOf('only light')).toBe('light');
    expect(schemeOf('light dark')).toBeNull();
    expect(schemeOf('')).toBeNull();
  });

  it('tells a dark background from a light one, and skips transparent ones', () => {
    expect(lightnessOf('rgb(27, 26, 25)')).toBe('dark');
    expect(lightnessOf('rgb(255, 255, 255)')).toBe('light');
    expect(lightnessOf('rgba(0, 0, 0, 0)')).toBeNull();
    expect(lightnessOf('transparent')).toBeNull();
  });

  it("follows the page's background", () => {
    document.body.style.backgroundColor = 'rgb(20, 20, 20)';
    expect(pageTheme()).toBe('dark');
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pageTheme()).toBe('light');
  });
});
