import { describe, expect, it } from 'vitest';
import { MAX_RECORD_ID, parseRecordId, parseRecordIds } from './record-id.ts';

describe('parseRecordId', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    [' 7 ', 7],
    ['0042', 42],
    [String(MAX_RECORD_ID), MAX_RECORD_ID],
    [['9', '8'], 9],
  ])('%j is id %d', (raw, id) => expect(parseRecordId(raw)).toBe(id));

  it.each([
    'abc',
    '',
    '0',
    '-1',
    '1.5',
    '1e3',
    '1e999',
    'Infinity',
    'NaN',
    '0x1f',
    String(MAX_RECORD_ID + 1),
    '99999999999',
    '12345678901234567890',
    '１２', // full-width digits
    undefined,
    null,
    7,
    {},
  ])('%j is not an id', (raw) => expect(parseRecordId(raw)).toBeNull());

  it('keeps the ids of a repeated field and drops the rest', () => {
    expect(parseRecordIds(['3', 'x', '1e999', '5'])).toEqual([3, 5]);
    expect(parseRecordIds('4')).toEqual([4]);
    expect(parseRecordIds(undefined)).toEqual([]);
  });
});
