// Known answers of service-pitch (service-pitch.ts): a business advertising its own service to the
// readers with a way to buy or a price, in English, Russian and Chinese; the genuine comments a
// China–Central Asia news site's readers write near such pitches, which must count nothing; and the
// shipped model's verdicts on the development examples (pitch-examples.ts). The sentences of the
// first two blocks are written for this test, not taken from pitch-examples.ts.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { analyzeComment } from '../analyze.ts';
import { builtinModel } from '../classifier/builtin.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { PITCH_GENUINE_DEV, PITCH_SPAM_DEV } from '../examples/pitch-examples.ts';
import { scoreComment } from '../score.ts';
import { countServicePitch } from './service-pitch.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from './signals.ts';

const count = (raw: string): number => countServicePitch(normalizeText(raw));

describe('service-pitch counts a seller with a way to buy or a price', () => {
  it.each<[string, number]>([
    // English: a contact, a link, a price
    ['We offer Chinese tourist visas, 100% approval, message us on WhatsApp +7 701 222 3344', 3],
    ['Freight from Yiwu to Samarkand door to door, customs included, quote at yiwu-freight.com', 2],
    ['Apartments in Batumi with a guaranteed 11% annual yield, from $39,000', 1],
    ['Our experts bypass every block, stable VPN for China, free trial: @vpn_demo_bot', 2],
    // Russian
    ['Оформим визу в Узбекистан без личного присутствия, пишите в вотсап +998 90 123 45 67', 2],
    ['Карго из Иу в Алматы под ключ, от 3 $ за кг, телеграм @cargo_demo', 1],
    ['Гарантируем победу в тендере, консультация бесплатно: tender-demo.kz', 2],
    ['Мы предлагаем туры в Кашгар, скидка 30% до пятницы', 2],
    // Chinese
    ['我们提供塔吉克斯坦工作签证办理，包过，电话 135 0000 9999', 2],
    ['义乌到比什凯克专线，门到门，双清包税，每公斤12元，电话 135 0000 8888', 2],
    ['义乌到比什凯克专线，门到门，双清包税，每公斤12元', 0],
    ['USDT理财，保本保息，随存随取，联系电报: licai_demo', 2],
    // the business introducing itself by name: "we at <name> offer", «мы в компании … предлагаем»
    [
      'We at Steppe Freight Ltd. provide rail cargo to Almaty, quotes at https://steppe-freight.example.com',
      1,
    ],
    ['Great read! We here at Orda Travel organise tours to Turkestan: https://orda-travel.example.com', 1],
    ['Мы в компании «Степь Карго» доставляем грузы из Урумчи, пишите @steppe_cargo_demo', 1],
    ['我们天山物流公司提供乌鲁木齐到塔什干专线，电话 135 0000 6666', 1],
  ])('%s → %i', (text, phrases) => expect(count(text)).toBe(phrases));

  it('a handle in Cyrillic text is a way to buy (read before folding)', () => {
    expect(count('Оформим визу в Китай за день, телеграм @base_example')).toBeGreaterThan(0);
  });
});

describe('service-pitch counts nothing in what readers write', () => {
  it.each([
    // a visa scam reported, visa rules quoted, a reader's own visa
    'Someone on Telegram @visa_fast promised 100% approval and vanished with my $300. It was a scam.',
    'Beware: "we offer visas in 1 day, no personal visit" ads on Instagram are fraud.',
    'The consulate says no agency can guarantee approval; the fee is $60 and the phone is +7 727 270 0221.',
    'Мошенники пишут «оформим визу за день», берут 50 000 тенге и пропадают. Телеграм @visa_fast — это они.',
    'В визовом центре сказали, что без личного присутствия визу не выдают, сбор 12 000 тенге.',
    '所谓“包过”的签证中介收了我两千元就拉黑了，微信 visa88 大家小心。',
    '领事馆说签证不能代办，必须本人到场，费用400元。',
    // which forwarder, a reader's cargo
    'Which forwarder goes door to door from Urumqi to Almaty with customs included? Mine charged $3/kg.',
    'Кто возит карго под ключ из Гуанчжоу в Ташкент? Сколько за кг сейчас?',
    '有没有推荐的物流？门到门到阿拉木图一般每公斤多少元？',
    // a trip and its cost, a tour complained about
    'We booked an all-inclusive tour to Kashgar for $900, and the hotel was a dormitory.',
    'Тур «всё включено» в Урумчи стоил 400 тысяч тенге, половину экскурсий отменили.',
    '旅行社说是纯玩无购物，结果天天进店，团费2999元白花了。',
    // VPN, tenders, property, daily interest in the news
    'A promo code for a VPN will not help you in China; most of them were blocked in March.',
    'Тендер выиграла компания брата министра, хотя обещали честные торги.',
    'Developers promise a guaranteed yield of 12% a year in Dubai; nobody can guarantee that.',
    'Схемы с доходом 2% в день в USDT — это пирамиды, полиция уже предупреждала.',
    '日息2%、稳赚不赔的USDT理财就是骗局，警方提醒不要相信。',
    // "we at" a place, not a business offering something
    'We at the consulate were told to wait two weeks; their number is +7 727 270 0221.',
    'We at home offer tea to every guest, as https://en.wikipedia.org/wiki/Tea_culture describes.',
    'Мы в редакции получили ответ МИД: https://www.mid.ru/ru/',
    // an official site, an embassy's phone number
    'The official visa centre is www.visaforchina.cn, prices are listed there.',
    'Телефон посольства Китая в Астане: +7 7172 79 35 20, там же подскажут про визы.',
    '大使馆领事部电话 +7 7172 793 588，签证问题可以咨询。',
  ])('%s', (text) => expect(count(text)).toBe(0));

  it.each(PITCH_GENUINE_DEV)('development genuine: %s', (text) => expect(count(text)).toBe(0));
});

describe('service-pitch in the model', () => {
  const index = SIGNAL_CODES.indexOf('service-pitch');
  it('is hand-set, fixed and explained', () => {
    expect(SIGNAL_INFO['service-pitch'].fixed).toBe(true);
    expect(SIGNAL_INFO['service-pitch'].prior).toBe(2.5);
    expect(builtinModel().signalWeights[index]).toBe(2.5);
    const a = analyzeComment({ content: 'Мы предлагаем туры в Кашгар, скидка 30% до пятницы' }, DEFAULT_BITS);
    expect(a.counts[index]).toBe(2);
    const reasons = scoreComment(
      { content: 'Мы предлагаем туры в Кашгар, скидка 30% до пятницы' },
      builtinModel(),
    ).reasons.map((r) => r.code);
    expect(reasons).toContain('service-pitch');
  });

  it('no development genuine comment is held or sent to spam', () => {
    expect(verdictCounts(PITCH_GENUINE_DEV).unpublishedTexts).toEqual([]);
  });

  it('most development pitches are spam (a development figure: the patterns were written after them)', () => {
    expect(verdictCounts(Object.values(PITCH_SPAM_DEV).flat()).spam).toBeGreaterThanOrEqual(29);
  });
});
