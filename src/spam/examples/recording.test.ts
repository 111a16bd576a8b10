// Russian readers sharing a recording (запись) of an event, and booking adverts (issue 15,
// 2026-12-07, evening; docs/spam.md, "A recording is no booking"): the seller's «запись» still
// counts, a reader's «запись заседания» no longer does. Batches pinned at the figures measured when
// the change landed (held out: once before and once after).
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { builtinModel, scoreComment } from '../index.ts';
import * as batches from './recording-examples.ts';

const model = builtinModel();
const codes = (text: string): string[] => scoreComment({ content: text }, model).reasons.map((r) => r.code);

describe('«запись»', () => {
  it.each([
    'Запись выступления министра: https://www.youtube.com/watch?v=Mn7sT2qLp0e',
    'Полная запись брифинга https://www.youtube.com/watch?v=Br1eF9nGq3s',
  ])('a recording is no seller’s call: %s', (text) => expect(codes(text)).not.toContain('service-pitch'));

  it.each([
    'Брови, ресницы, недорого. Запись: +7 701 555 4455',
    'Уроки вокала, запись на первое занятие: https://vocal-school-kz.com',
    'Наращивание ногтей, запись по телефону +7 702 555 8899',
  ])('a booking still is: %s', (text) => expect(codes(text)).toContain('service-pitch'));
});

describe('the batches', () => {
  it('development: three readers published, a bare "full recording" link held or worse (bare-link)', () => {
    expect(verdictCounts(batches.RECORDING_GENUINE_DEV).ham).toBeGreaterThanOrEqual(4);
    expect(verdictCounts(batches.BOOKING_SPAM_DEV).spam).toBe(4);
  });

  it('held out (measured once): every reader published, every booking spam', () => {
    expect(verdictCounts(batches.RECORDING_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
    expect(verdictCounts(batches.BOOKING_SPAM_HELDOUT).spam).toBe(3);
  });
});
