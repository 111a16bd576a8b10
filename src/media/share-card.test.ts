import { describe, expect, it } from 'vitest';
import { initialsOf, monogramSvg, shareCardSvg, wrapText } from './share-card.ts';

describe('share cards', () => {
  it('wraps at spaces, and between Chinese characters', () => {
    expect(wrapText('one two three four', 4)).toEqual(['one', 'two', 'three', 'four']);
    expect(wrapText('中亚合作从西安到阿斯塔纳', 4)).toEqual(['中亚合作', '从西安到', '阿斯塔纳']);
  });

  it('escapes the headline and drops what XML forbids, so the SVG always parses', () => {
    const svg = shareCardSvg(
      { headline: 'A & B <script>\u0001', siteName: 'S "Q"', host: 'news.test' },
      '4x3',
    );
    expect(svg).toContain('A &amp; B &lt;script&gt;');
    expect(svg).toContain('S &quot;Q&quot;');
    expect(svg).not.toContain('\u0001');
    expect(svg).toContain('width="1200" height="900"');
  });

  it('draws the default logo from the site name’s initials', () => {
    expect(initialsOf('Silk Road Dispatch')).toBe('SR');
    expect(initialsOf('丝路快讯')).toBe('丝');
    expect(initialsOf('  ')).toBe('S');
    expect(monogramSvg('Silk Road')).toContain('>SR</text>');
  });
});
