// Disguised spam is read as its plain form by normalisation (deobfuscate.ts), in English, Russian
// and Chinese; what readers write with the same characters is left as it was.
import { describe, expect, it } from 'vitest';
import {
  joinSpelled,
  readDefangedLinks,
  readNumberWords,
  readPlusV,
  readSpamWords,
  readSymbols,
} from './deobfuscate.ts';
import { normalizeText, PLACEHOLDER } from './normalize.ts';

const read = (text: string): string => normalizeText(text).text;

describe('known answers: each disguise read as the plain form', () => {
  it.each([
    ['Zalgo', 'ć̶à̗s͛i̤n̶ó̀ bonus', 'casino bonus'],
    ['Zalgo, Russian', 'к̶̀а̗з͛и̤н̶о́ бонус', 'казино бонус'],
    ['Zalgo keeps й', 'З̶а̗й̤м͛ без отказа', 'Займ без отказа'],
    ['Zalgo, Chinese', '伟́哥̶̀ 壮̗阳药', '伟哥 壮阳药'],
    ['dotted letters', 'best c.a.s.i.n.o here', 'best casino here'],
    ['dotted letters, Russian', 'лучшее к.а.з.и.н.о тут', 'лучшее казино тут'],
    ['starred letters', 'buy v*i*a*g*r*a now', 'buy viagra now'],
    ['spaced spam word', 'free c a s i n o spins', 'free casino spins'],
    ['spaced spam word, Russian', 'лучшее к а з и н о тут', 'лучшее казино тут'],
    ['hyphen inside', 'online cas-ino and bon-us', 'online casino and bonus'],
    ['underscore inside', 'cheap via_gra today', 'cheap viagra today'],
    ['hyphen inside, Russian', 'быстрый за-йм на карту', 'быстрый займ на карту'],
    ['leetspeak', 'buy v1agra and c1al1s', 'buy viagra and cialis'],
    ['leetspeak with symbols', 'b1tc0in pr0f1t, free $pins', 'bitcoin profit, free spins'],
    ['leetspeak, Russian', 'лучшее ка3ин0 и 60нус', 'лучшее казино и бонус'],
    ['circled letters', 'ⓒⓐⓢⓘⓝⓞ', 'casino'],
    ['negative squared letters', '🅲🅰🆂🅸🅽🅾', 'casino'],
  ])('%s', (_name, disguised, plain) => {
    expect(read(disguised)).toBe(read(plain));
  });

  it.each([
    ['"dot" before a name', 'visit crypto-dohod dot site now', 'crypto-dohod.site'],
    ['[.]', 'play at luckyspin-casino[.]bet', 'luckyspin-casino.bet'],
    ['(.)', 'play at lucky-spin (.) bet', 'lucky-spin.bet'],
    ['hxxps', 'see hxxps://rx-pharma.shop/buy', 'https://rx-pharma.shop/buy'],
    ['ideographic full stop', '注册 luckyspin-casino。bet 领取', 'luckyspin-casino.bet'],
    ['Russian', 'регистрация по ссылке zaim-bystro [.] ru', 'zaim-bystro.ru'],
  ])('a defanged link: %s', (_name, text, url) => {
    expect(normalizeText(text).urls).toEqual([url]);
  });

  it.each([
    ['words', 'call one eight hundred five five five zero one nine nine now', 1],
    ['words with dashes', 'call + one - eight eight eight - five five five - zero one four seven', 1],
    [
      'Russian words',
      'звоните восемь восемьсот'.replace('восемьсот', 'восемь ноль ноль пять пять пять три пять три пять'),
      1,
    ],
    ['dingbat circled digits', 'call ➀-➇➇➇-➄➄➄-⓪➀➃➆', 1],
    ['keycaps', 'call 1️⃣8️⃣0️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣9️⃣9️⃣', 1],
    ['full-width digits', '联系电话 １３８ ００１３ ８０００', 1],
  ])('a disguised phone number: %s', (_name, text, phones) => {
    expect(normalizeText(text).phones).toBe(phones);
  });

  it('"➕V" and "+V" in Chinese read as 加v', () => {
    expect(readPlusV('减肥药，➕V abc12345')).toBe('减肥药，加V abc12345');
    expect(readPlusV('兼职日结 +v abc12345')).toBe('兼职日结 加v abc12345');
    expect(read('兼职日结，➕V abc12345')).toContain('加v');
  });

  it('a full-width address is an address', () => {
    expect(normalizeText('write to name＠gmail．com').text).toContain(PLACEHOLDER.email);
  });
});

describe('must stay as written', () => {
  it.each([
    'I read it s l o w l y, twice.',
    'P E A C E and love',
    'Читал м е д л е н н о, чтобы понять.',
    'loads of love x x x x x x',
    'd-d-d-d-drop the bass',
    'gg ez, that n00b got pwned, l33t skills',
    'under the nick n1ghtw0lf',
    'Call me old-fashioned, the co-op works.',
    'a телеграм-канал with the closures',
    'F.B.I. and C.I.A. files',
    'Wi-Fi at the mp3 shop, 4x4 cars, covid19',
    'crème brûlée, Zoë, Việt Nam, йогурт',
    'The dot com bubble burst in 2000.',
    'Put a dot in the middle.',
    'Ctrl+V 粘贴就行',
    '价格是三百五十元一公斤',
    'one of the two, three or four of them',
  ])('%s', (text) => {
    expect(joinSpelled(text)).toBe(text);
    expect(readSpamWords(text)).toBe(text);
    expect(readSymbols(text)).toBe(text);
    expect(readNumberWords(text)).toBe(text);
    expect(readPlusV(text)).toBe(text);
    expect(readDefangedLinks(text)).toEqual({ text, count: 0 });
  });

  it('accented letters typed decomposed keep their accents (they compose, Zalgo does not)', () => {
    const decomposed = 'cre\u0300me bru\u0302le\u0301e'; // crème brûlée in NFD
    expect(readSymbols(decomposed)).toBe(decomposed);
  });

  it('an acute accent typed as an apostrophe ("it´s") is not Zalgo (NFKC makes it a mark after a space)', () => {
    expect(read('it\u00b4s for you\u00b4re')).toBe('it \u0301s for you \u0301re');
  });

  it('a flag emoji is not read as letters', () => {
    expect(readSymbols('Go 🇰🇿!')).toBe('Go 🇰🇿!');
  });
});
