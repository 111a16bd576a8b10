// Development examples of Russian and Chinese spam trades named in an address (issue 15,
// 2026-12-07, third session; docs/spam.md, "Trade addresses in Russian and Chinese"): spun or short
// praise under a person's name whose website is a transliterated Russian, pinyin or Cyrillic and
// Chinese IDN host named for loans, casinos, diplomas, invoices, betting; and the same addresses
// written in the text after praise. Beside them genuine readers: their own sites, media and
// official sites, a reader asking about or warning against such an address. Written before any
// code change (held out: keyword-sites-heldout-examples.ts).
import type { CommentInput } from '../analyze.ts';

const by = (content: string, author: string, url: string): CommentInput => ({ content, author, url });

/** Praise under a person's name with a website named for a spam trade in ru/zh (development). */
export const KEYWORD_SITES_AUTHOR_SPAM_DEV: readonly CommentInput[] = [
  by('Спасибо за статью, очень познавательно!', 'Ирина', 'https://zaim-bez-otkaza.ru'),
  by('Отличный материал, автору респект.', 'Дмитрий', 'http://kazino-vulkan-online.com'),
  by('Хорошая статья, всё по делу.', 'Сергей', 'https://kupit-diplom-moskva.ru'),
  by('Полезная информация, добавил в закладки.', 'Оксана', 'https://zaimy-na-kartu24.kz'),
  by('Интересно пишете, буду читать дальше.', 'Алексей', 'https://займы-онлайн.рф'),
  by('Спасибо, очень интересно.', 'Марина', 'http://казино-вулкан.рф'),
  by('写得真好，学习了。', '王先生', 'https://yulecheng888.com'),
  by('感谢分享，非常有用！', '小李', 'http://daikuan-kuaisu.cn'),
  by('好文章，收藏了。', '张伟', 'https://fapiao-daikai.com'),
  by('谢谢分享，受益匪浅。', '陈女士', 'https://博彩娱乐城.com'),
  by('Great article, thanks for sharing!', 'Nikolai', 'https://stavki-na-sport-bonus.ru'),
  by('Very informative post, keep it up.', 'Wei', 'http://bocai-zaixian.net'),
];

/** Praise with a link in the text to a domain named for a spam trade (development). */
export const KEYWORD_SITES_LINK_SPAM_DEV: readonly string[] = [
  'Отличная статья! zaim-bez-otkaza.ru',
  'Спасибо за статью, очень полезно. https://kredit-bystro-online.ru',
  'Хороший пост. Кстати: деньги-срочно.рф',
  'Great post! cheap-replica-bags.store',
  'Thanks for sharing, very helpful. https://www.kazino-azart-bonus.com',
  '好文 yulecheng888.com',
  '感谢分享！ http://bocai-888.net',
  'Интересная статья, спасибо. prodvizhenie-saitov-deshevo.kz',
  '非常有用，谢谢。代开发票.中国',
  'Nice write-up, bookmarked. http://payday-loans-fast.online',
];

/** Genuine readers with their own website, and links to media, official and own sites (development). */
export const KEYWORD_SITES_GENUINE_DEV: readonly (string | CommentInput)[] = [
  by('Спасибо за статью, очень познавательно!', 'Иван Петров', 'https://ivan-petrov.ru'),
  by(
    'Хорошая статья. У меня в блоге похожий разбор кредитной истории.',
    'Ольга',
    'https://kreditnaya-istoriya-blog.ru',
  ),
  by('写得真好，学习了。', '张伟', 'https://zhangwei.blog'),
  by('Полезно, спасибо. Писал об этом на своём сайте.', 'Денис Гинзбург', 'https://dengin.dev'),
  by('感谢分享，很有帮助。', '李伯才', 'https://libocai.com'),
  by('Thanks for sharing, great analysis of the Kazakh tenge.', 'Aigerim', 'https://kapital.kz'),
  'Спасибо за статью! Подробнее об этом писала pravda.ru: https://www.pravda.ru/economics/',
  'Хорошая статья. Курс на сегодня смотрите в приложении kaspi.kz',
  '好文章，人民网也报道了 http://people.com.cn',
  'Thanks for sharing. The official figures are at https://stat.gov.kz',
  'Is cheap-replica-bags.store a scam? They took my money and sent nothing.',
  'Осторожно, zaim-bez-otkaza.ru — мошенники, берут комиссию и пропадают.',
  'Кто-нибудь брал деньги в zaim-bez-otkaza.ru? Отзывы есть?',
  '小心 yulecheng888.com 是骗子网站，别充钱！',
  'Great post. Sina covered it too: https://finance.sina.com.cn/china/',
  by('Очень интересно, спасибо.', 'Правдин', 'https://pravdin-photo.ru'),
];
