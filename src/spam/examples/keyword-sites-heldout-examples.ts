// Held-out examples of Russian and Chinese spam trades named in an address (issue 15, 2026-12-07,
// third session; docs/spam.md, "Trade addresses in Russian and Chinese"): other writers, other
// addresses, other wording; written before any code change and measured once, after it.
import type { CommentInput } from '../analyze.ts';

const by = (content: string, author: string, url: string): CommentInput => ({ content, author, url });

/** Spam: a person's name with a trade's website, or a trade's address after praise (held out). */
export const KEYWORD_SITES_SPAM_HELDOUT: readonly (string | CommentInput)[] = [
  by('Благодарю за статью, всё доступно изложено.', 'Наталья', 'https://mikrozaimy-onlain.ru'),
  by('Классный пост, спасибо автору!', 'Виктор', 'http://kupit-prava-bystro.com'),
  by('Очень полезно, спасибо.', 'Елена', 'https://кредит-без-отказа.рф'),
  by('讲得很清楚，谢谢。', '刘强', 'http://caipiao-zaixian888.com'),
  by('Awesome post, really enjoyed reading it.', 'Timur', 'https://bukmeker-stavki.kz'),
  'Спасибо за интересную статью! https://dengi-srochno-na-kartu.ru',
  '好文章，支持！banzheng-kuaisu.com',
  'Отличный пост, полезно. Смотрите также spravki-kupit.ru',
  'Very helpful article, thank you! http://zhuanqian-pingtai.net',
  'Хорошая статья. raskrutka-instagram-deshevo.ru',
];

/** Genuine: readers' own sites, media, official sites, questions and warnings (held out). */
export const KEYWORD_SITES_GENUINE_HELDOUT: readonly (string | CommentInput)[] = [
  by('Благодарю за статью, всё доступно изложено.', 'Анна Кредитова', 'https://kreditova.me'),
  by('讲得很清楚，谢谢。', '蔡宝', 'https://caibao-photo.com'),
  by('Great read on the Khorgos dry port.', 'Daniyar', 'https://daniyar-logistics-notes.kz'),
  'Спасибо! Аналитика по ставкам ЦБ есть на https://www.nationalbank.kz',
  'Забавно, Правда.ру писала ровно обратное: https://www.pravda.ru/world/',
  'Это развод? Кто-то заказывал на kupit-prava-bystro.com ?',
  '有人在 caipiao-zaixian888.com 买过吗？靠谱吗？',
  'Beware of dengi-srochno-na-kartu.ru — fake lender, reported it to the police.',
  '谢谢分享。新华网的原文在 http://www.news.cn/world/',
];
