import { describe, expect, it } from 'vitest';
import { type EditableSettings, validateSettings } from './update-site-settings.ts';

const base: EditableSettings = {
  title: 'Site',
  tagline: '',
  logo: null,
  shareImage: null,
  siteIcon: null,
  language: 'en',
  timezone: 'UTC',
  postsPerPage: 10,
  dateFormat: 'long',
  footerText: '',
};

describe('validateSettings: the default share image', () => {
  it('takes a web address or a site path, and stores an empty one as none', () => {
    for (const shareImage of ['https://cdn.example/share.jpg', '/media/0123456789abcdef-1600w.jpg']) {
      expect(validateSettings({ ...base, shareImage })).toEqual({ ok: true, value: { ...base, shareImage } });
    }
    expect(validateSettings({ ...base, shareImage: '' })).toMatchObject({
      ok: true,
      value: { shareImage: null },
    });
  });

  it('refuses anything else, naming the field', () => {
    expect(validateSettings({ ...base, shareImage: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      problems: { shareImage: { problem: 'address' } },
    });
  });
});
