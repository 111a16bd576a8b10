import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { phoneKind, replacePhoneNumbers } from './phone.ts';

describe('phoneKind: the notations contact-number spam uses', () => {
  it.each([
    ['+1-888-555-0199', 'toll-free'],
    ['1–844–555–0147', 'toll-free'], // en dashes
    ['1—877—555—0133', 'toll-free'], // em dashes
    ['1 (855) 555 0162', 'toll-free'],
    ['(888) 555-0199', 'toll-free'],
    ['1.800.555.0177', 'toll-free'],
    ['1 8 4 4 5 5 5 0 1 4 7', 'toll-free'], // spaced digits
    ['1-8OO-555-O122', 'toll-free'], // letter O for zero
    ['18885550199', 'toll-free'],
    ['0800 123 4567', 'toll-free'],
    ['1800-419-0101', 'toll-free'],
    ['8 (800) 555-35-35', 'toll-free'],
    ['400-820-1234', 'toll-free'],
    ['+7 (495) 123-45-67', 'phone'],
    ['+34 911 23 45 67', 'phone'],
    ['+49 69 1234 5678', 'phone'],
    ['(212) 555-0134', 'phone'],
    ['020 7946 0958', 'phone'],
    ['06 12 34 56 78', 'phone'],
    ['555-0134', 'phone'],
    ['09061701461', 'phone'],
  ])('%s → %s', (text, kind) => expect(phoneKind(text)).toBe(kind));

  it('reads a Chinese mobile number only in Chinese text', () => {
    expect(phoneKind('13812345678', true)).toBe('phone');
    expect(phoneKind('13812345678', false)).toBeNull();
    // in its usual 3-4-4 grouping too (before 2026-12-06 only when the groups happened to have a
    // NANP shape: 139 1234 5678 was a number, 138 0013 8000 was not)
    expect(phoneKind('138 0013 8000', true)).toBe('phone');
    expect(phoneKind('138 0013 8000', false)).toBeNull();
    expect(phoneKind('238 0013 8000', true)).toBeNull();
  });
});

describe('phoneKind: numbers genuine comments carry are not phone numbers', () => {
  it.each([
    '2024-01-15', // date
    '15.01.2024',
    '12/25/2023',
    '2019-2023', // year range
    '192.168.100.200', // IP address
    '10.0.19041.1234', // version
    '978-3-16-148410-0', // ISBN
    '4111 1111 1111 1111', // card-like ID
    '1 299 000', // price with spaces
    '02139-4307', // ZIP+4
    '00 01 02 03 04 05', // hex dump
    '5277478', // count
    '1700000000000', // timestamp
  ])('%s → null', (text) => expect(phoneKind(text)).toBeNull());
});

describe('replacePhoneNumbers in text', () => {
  it('finds numbers in prose and leaves other numbers as they are', () => {
    const r = replacePhoneNumbers('Call 1–888–555–0199 or (212) 555-0134 after 10:30, port 8080.', '#');
    expect(r).toMatchObject({ phones: 2, tollFree: 1 });
    expect(r.text).toContain('after 10:30, port 8080.');
  });

  it.each([
    'Got this after the upgrade: 2024-03-18 14:02:11,532 ERROR Connection refused 10.0.12.4:5432 (errno 111)',
    'Set maxRetries = 1000000 and the timeout to 8000 ms; build 20240318.1 on node v20.11.1.',
    'Tickets went on sale on 12/03/2024 at $149.99 and by 15.03.2024 they were €210.',
    'The header bytes were 89 50 4E 47 0D 0A 1A 0A, so it is a PNG after all.',
    'at Object.<anonymous> (/app/src/index.js:120:15) pid 41230 exited with code 137',
  ])('no phone number in %s', (text) => {
    expect(normalizeText(text)).toMatchObject({ phones: 0, tollFree: 0 });
  });
});

describe('replacePhoneNumbers in Chinese and Japanese text (no spaces around a number)', () => {
  it.each([
    ['客服电话400-555-0123请拨打', 1, 1],
    ['贷款请联系电话13800138000，当天放款', 1, 0],
    ['微信同号13800138000欢迎咨询', 1, 0],
    ['お問い合わせは03-1234-5678まで', 1, 0],
  ])('finds the number glued to the characters in %s', (text, phones, tollFree) => {
    expect(replacePhoneNumbers(text, '#')).toMatchObject({ phones, tollFree });
  });

  it.each([
    '2024年12月5日，价格5万元，3天到货',
    '订单号2024120512345已发货，运单号SF1234567890',
    '我的QQ3398127645不用了',
    '版本号v2.3.1-20241205，端口8080',
  ])('finds none in %s', (text) => {
    expect(replacePhoneNumbers(text, '#')).toMatchObject({ phones: 0 });
  });

  it('still reads a letter of Latin or Cyrillic script as joined to the number', () => {
    expect(replacePhoneNumbers('联系x18005550199或тел89161234567', '#').phones).toBe(0);
  });
});
