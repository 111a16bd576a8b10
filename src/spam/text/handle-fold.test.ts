// Homoglyph folding must not touch a messenger handle, an e-mail address or a URL: in a mostly
// Cyrillic comment, "@base_example" folded to "@ьаѕе_example" is no handle any more, and the
// messenger-contact and link signals missed it (issue 15). Handles are Latin by definition
// (Telegram, Instagram), so a handle is read as Latin whatever the text around it is written in.
import { describe, expect, it } from 'vitest';
import { foldHomoglyphs } from './homoglyph.ts';
import { normalizeText } from './normalize.ts';
import { OFFER_SIGNAL_CODES, offerCounts } from '../signals/offers/offers.ts';

const MESSENGER = OFFER_SIGNAL_CODES.indexOf('messenger-contact');
const messenger = (raw: string): number => offerCounts(normalizeText(raw))[MESSENGER] ?? 0;

describe('handles, e-mails and URLs are read before folding', () => {
  it.each([
    ['Визы в Китай без личного визита. Телеграм: @abc_pace', '@abc_pace'],
    ['Оформим визу за один день, пишите в телеграм @base_example', '@base_example'],
    ['Доставка из Урумчи, наш инстаграм @cargo.express_kz', '@cargo.express_kz'],
    ['Подробнее у @mopac_cargo, отвечаем быстро', '@mopac_cargo'],
    // Chinese with a Russian word: the text's dominant alphabet is Cyrillic.
    ['办理中国签证（визы за день, без визита），电报 @base_example 联系', '@base_example'],
    ['代办哈萨克斯坦签证 «быстро и без отказа», telegram: @abc_pace', '@abc_pace'],
  ])('%s keeps %s', (raw, handle) => {
    expect(normalizeText(raw).text).toContain(handle);
  });

  it('a handle written with Cyrillic look-alikes is read as the Latin handle', () => {
    expect(normalizeText('Пишите в телеграм @bаse_ехаmple').text).toContain('@base_example');
  });

  it('words outside handles are still folded', () => {
    expect(foldHomoglyphs('Нaбuрaю в кoмaндy @base_example').text).toBe('Набираю в команду @base_example');
  });

  it.each([
    'Визы в Китай без личного визита. Телеграм: @abc_pace',
    'Пишите нам в телеграм @base_example, ответим сразу',
    '办理中国签证（визы за день, без визита），电报: @base_example',
    '代办哈萨克斯坦签证 «быстро и без отказа», telegram: @abc_pace',
  ])('the messenger contact counts: %s', (raw) => {
    expect(messenger(raw)).toBeGreaterThan(0);
  });

  it('e-mail addresses and URLs in Russian and Chinese text are read as such', () => {
    const ru = normalizeText('Пишите на почту base@example.kz или на сайт cargo-express.kz');
    expect([ru.emails, ru.urls]).toEqual([1, ['cargo-express.kz']]);
    const zh = normalizeText('签证（виза）咨询 base@example.cn 或 www.visa-example.cn/apply');
    expect([zh.emails, zh.urls]).toEqual([1, ['www.visa-example.cn/apply']]);
  });
});
