// A local business recommended with a superlative and a call, in a comment that praises the article
// or says it recommends (issue 15, 2026-12-07, third session; docs/spam.md, "Russian and Chinese
// gaps"): «Отличная статья! Кстати, если нужен ремонт под ключ, лучшая бригада в Алматы — «…»,
// звоните …», «Статья супер. Кому нужна химчистка — лучшая в городе «…», звоните, не пожалеете!»,
// 写得真好！顺便推荐一下，最专业的搬家公司——…，电话 …, 文章很有用。…最好的家政就是…，欢迎来电咨询！
// call-closing.ts reads the English closing (the call as the last words); in Russian and Chinese the
// number, «не пожалеете» or 随叫随到 comes after the call, and the story is a line of praise for
// the article and «кстати» / 顺便推荐 instead. The seller's voice is the three together: the praise
// or the recommendation, a superlative for a business, and a call or a contact after it.
//
// Readers write each: a firm named after a bad experience («"лучшая бригада", говорили они», 号称最
// 专业，结果…), an official hotline («звоните на горячую линию 1414», 打12315投诉), their family's
// business with no call (馕店，邻居都说是最好吃的). So a warning, a complaint, a court, an official
// line or office, or a question after the superlative counts nothing, and the call must follow
// the superlative closely (in the same or the next clause).
import type { NormalizedText } from '../../text/normalize.ts';
import { cheapLetters } from '../../text/letter-class.ts';

// Cheap first: a superlative's literal stem (most comments have none).
const GUARD = /лучш|самы|самая|самое|наилучш|最|第一家|首选|首選|老字号|老字號/;

// A superlative for a business: «лучшая бригада», «самые аккуратные мастера», «самая вкусная
// доставка», «самые низкие цены»; 最专业的, 最靠谱的, 全县最快的, 第一家, 首选.
const SUPERLATIVE = cheapLetters(
  /(?<!\p{L})(?:лучш\p{L}*|наилучш\p{L}*|сам(?:ый|ая|ое|ые|ого|ую|ой|ых)\s+(?!главн|важн|страшн|интересн|обидн|смешн|прост|печальн|грустн|плох|худш)\p{L}+)(?!\p{L})(?!\s+(?:способ|вариант|выход|совет|решение|путь|идея|время|момент|что))|最[^\s,，。！？!?的]{1,4}的(?!办法|辦法|方法|做法|选择|選擇|建议|建議|意见|意見|时候|時候|时间|時間|结果|結果|消息|情况|情況|问题|問題|出路|途径|途徑|渠道|方式)|第一家|首选|首選|老字号|老字號/gu,
);

// A call or a contact after it: «звоните», «обращайтесь», «записывайтесь», «заказывайте в вотсап»,
// «запись по телефону», «номер»; 电话, 来电, 联系, 预约, 报名, 咨询, 加微信; a link, an e-mail, a phone.
const CALL = cheapLetters(
  /\uE000|\uE001|\uE002|(?<!\p{L})(?:звоните|звони|обращайтесь|записывайтесь|заказывайте|бронируйте|пишите|телефон|тел|номер|вотсап|ватсап|телеграм|whatsapp|telegram)(?!\p{L})|запись\s+по|电话|電話|来电|來電|致电|致電|联系|聯繫|预约|預約|报名|報名|咨询|諮詢|微信|vx|v信|加微/u,
);

// The story's cue: praise of the article, or a recommendation said as one.
const CUE = cheapLetters(
  /(?:отличн|хорош|полезн|классн|интересн|прекрасн|замечательн|нужн)\p{L}*\s+(?:статья|материал|репортаж|текст|обзор)|(?:статья|материал)\s+(?:супер|огонь|отличн|класс|топ)|спасибо\s+(?:за\s+(?:статью|материал)|автору)|автору\s+(?:респект|спасибо|плюс)|хорошо\s+написано|полезно|поддерживаю|(?<!\p{L})(?:кстати|рекомендую|советую|посоветую|пользуясь\s+случаем|кому\s+нужн\p{L}*|если\s+(?:нужен|нужна|нужно|нужны|кто|вам\s+нужн\p{L}*)|кто\s+(?:ищет|переезжает|строится))(?!\p{L})|写得|寫得|好文章|文章(?:很|真|太)|说得(?:太|真|很)?对|說得(?:太|真|很)?對|感谢分享|感謝分享|楼主|樓主|支持作者|点赞|點讚|很有深度|顺便|順便|推荐|推薦|对了|對了|另外|有需要的|需要\S{0,6}的朋友/u,
);

// A warning, a complaint, a court, an official line or office: a reader's voice.
const UNLESS = cheapLetters(
  /(?<!\p{L})не\s+(?:звоните|обращайтесь|советую|рекомендую|связывайтесь)|обман|мошен|развод|(?<!\p{L})суд(?!я)\p{L}*|аванс|не\s+вернул|бесполезн|безответствен|жалоб|пожалуйтесь|акимат|горяч\p{L}*\s+лини|call-центр|колл-центр|министерств|полици|цон(?!\p{L})|защит\p{L}*\s+прав|потребител|骗|騙|小心|不赔|不賠|打不通|投诉|投訴|所谓|所謂|号称|號稱|坑|差评|差評|避雷|别找|別找|热线|熱線|12315|12345|消防|政府|官方|公证处|公證處|派出所|社区|社區|物业|物業|(?<!\d)(?:101|102|103|104|112|109|1414|110|119|120|122)(?!\d)|скор\p{L}*\s+помощ|пожарн|мчс|спасател|поликлиник|больниц|egov|госуслуг|официальн|不用打|不要打|别打|別打|不必打/u,
);

/** 2 when a normalised comment praises the article or recommends, then names a business with a
 * superlative and a call or a contact just after it; else 0. */
export function countRecommendCall(n: NormalizedText): number {
  const text = n.text;
  if (!GUARD.test(text)) return 0;
  SUPERLATIVE.lastIndex = 0;
  for (let sup = SUPERLATIVE.exec(text); sup !== null; sup = SUPERLATIVE.exec(text)) {
    const after = text.slice(sup.index, sup.index + 110);
    if (after.includes('?') || after.includes('？') || !CALL.test(after)) continue;
    return CUE.test(text) && !UNLESS.test(text) ? 2 : 0;
  }
  return 0;
}
