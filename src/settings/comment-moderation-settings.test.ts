// The comment moderation settings as text: known answers for every kind of value, the ranges of
// the stored schema, and the CLI's key=value assignments.
import { describe, expect, it } from 'vitest';
import {
  COMMENT_SETTING_KEYS,
  COMMENT_SETTING_NAMES,
  applyAssignments,
  commentModerationOf,
  commentSettingsText,
  parseWordList,
  validateCommentSettings,
  type CommentSettingsText,
} from './comment-moderation-settings.ts';
import { parseSettings, siteSettingsSchema } from './site-settings.ts';

const defaults = commentSettingsText(commentModerationOf(parseSettings({})));

describe('comment moderation settings', () => {
  it('names all 14 settings, each a stored key of the site settings', () => {
    expect(COMMENT_SETTING_NAMES).toHaveLength(14);
    for (const key of Object.values(COMMENT_SETTING_KEYS))
      expect(siteSettingsSchema.shape).toHaveProperty(key);
  });

  it('reads the defaults back as text and validates them unchanged', () => {
    expect(defaults).toMatchObject({
      holdAll: 'false',
      holdFirstTime: 'true',
      linkLimit: '2',
      order: 'oldest',
    });
    const checked = validateCommentSettings(defaults);
    expect(checked).toEqual({ ok: true, value: commentModerationOf(parseSettings({})) });
  });

  it.each([
    ['holdAll', 'on', true],
    ['holdAll', 'TRUE', true],
    ['holdAll', 'yes', true],
    ['holdAll', '1', true],
    ['holdAll', '', false],
    ['holdAll', 'off', false],
    ['holdAll', 'no', false],
    ['linkLimit', '0', 0],
    ['linkLimit', ' 100 ', 100],
    ['floodSeconds', '3600', 3600],
    ['threadDepth', '1', 1],
    ['perPage', '500', 500],
    ['closeAfterDays', '36500', 36500],
    ['ipRetentionDays', '1', 1],
    ['order', 'newest', 'newest'],
    ['holdWords', 'casino\n  free money \r\nCASINO,,pills', ['casino', 'free money', 'pills']],
    ['blockWords', '', []],
  ] as const)('%s = %j is stored as %j', (name, text, stored) => {
    const checked = validateCommentSettings({ ...defaults, [name]: text });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value[COMMENT_SETTING_KEYS[name]]).toEqual(stored);
  });

  const range = (min: number, max: number) => ({ problem: 'wholeNumber', values: { min, max } });
  it.each([
    ['holdAll', 'maybe', { problem: 'trueFalse' }],
    ['linkLimit', '-1', range(0, 100)],
    ['linkLimit', '101', range(0, 100)],
    ['linkLimit', '2.5', range(0, 100)],
    ['linkLimit', '', range(0, 100)],
    ['floodSeconds', '3601', range(0, 3600)],
    ['threadDepth', '0', range(1, 10)],
    ['perPage', '501', range(1, 500)],
    ['closeAfterDays', '1e3', range(0, 36500)],
    ['ipRetentionDays', '0', range(1, 3650)],
    ['order', 'random', { problem: 'order' }],
    ['holdWords', 'x'.repeat(101), { problem: 'wordTooLong', values: { max: 100 } }],
    [
      'blockWords',
      Array.from({ length: 1001 }, (_, i) => `w${i}`).join('\n'),
      { problem: 'tooManyWords', values: { max: 1000 } },
    ],
  ] as const)('%s = %j is refused: %j', (name, text, problem) => {
    const checked = validateCommentSettings({ ...defaults, [name]: text });
    expect(checked).toEqual({ ok: false, problems: { [name]: problem } });
  });

  it('reports every wrong field at once', () => {
    const checked = validateCommentSettings({ ...defaults, linkLimit: 'x', order: 'x', holdAll: 'x' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.problems).sort()).toEqual(['holdAll', 'linkLimit', 'order']);
  });

  it('agrees with the stored schema: every accepted value survives parseSettings', () => {
    const text: CommentSettingsText = {
      ...defaults,
      holdAll: 'true',
      linkLimit: '100',
      floodSeconds: '0',
      threadDepth: '10',
      perPage: '1',
      closeAfterDays: '0',
      ipRetentionDays: '3650',
      holdWords: 'a,b',
    };
    const checked = validateCommentSettings(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(commentModerationOf(parseSettings(checked.value))).toEqual(checked.value);
  });

  it('splits word lists on lines and commas, keeping the first spelling of a repeat', () => {
    expect(parseWordList('Casino\ncasino, Free Money ,\n\n')).toEqual(['Casino', 'Free Money']);
  });

  describe('key=value assignments', () => {
    it('changes only the named settings; a value may contain =', () => {
      const applied = applyAssignments(defaults, ['holdAll=true', 'holdWords=a=b,c']);
      expect(applied).toEqual({ ok: true, text: { ...defaults, holdAll: 'true', holdWords: 'a=b,c' } });
    });
    it('refuses unknown names and arguments without =, naming each', () => {
      const applied = applyAssignments(defaults, ['holdall=true', 'linkLimit', '=3']);
      expect(applied.ok).toBe(false);
      if (applied.ok) return;
      expect(applied.errors).toHaveLength(3);
      expect(applied.errors[0]).toContain('Unknown setting "holdall"');
      expect(applied.errors[1]).toBe('"linkLimit" is not key=value.');
    });
  });
});
