// Held-out examples of praise under a keyword name (issue 15, 2026-12-07, fifth session; docs/spam.md,
// "Spun praise under a keyword name"): other names, other trades, other wording; written before
// any code change and measured once on main and once after it.
import type { CommentInput } from '../analyze.ts';

const by = (content: string, author: string, url: string): CommentInput => ({ content, author, url });

/** Spam: generic praise under a keyword name (held out). */
export const AUTHOR_PRAISE_SPAM_HELDOUT: readonly CommentInput[] = [
  by(
    'Definitely believe that which you stated. Your favourite justification appeared to be on the internet the easiest thing to be aware of.',
    'cheap flights',
    'http://flights-cheap-now.com',
  ),
  by(
    'Hey there! I just wanted to say that I really enjoy reading your blog posts. Keep them coming!',
    'keto diet pills',
    'https://keto-burn-pills.net',
  ),
  by(
    'This is my first time visit here and I am genuinely impressed to read all at one place.',
    'buy instagram followers',
    'https://insta-followers-buy.com',
  ),
  by(
    'Thank you for the good writeup. It in fact was a amusement account it.',
    'sports betting',
    'http://bet-win-tips.com',
  ),
  by(
    'Wonderful blog! I found it while browsing on Yahoo News. Thanks a lot!',
    'pest control',
    'https://pestcontrol-houston.com',
  ),
  by(
    'I really like what you guys are usually up too. Such clever work and exposure! Keep up the very good works guys.',
    'cbd oil',
    'https://cbd-oil-shop.net',
  ),
  by('Очень полезная статья, спасибо большое автору!', 'кредит без отказа', 'https://kredit-bez-otkaza.ru'),
  by('Хороший материал, всё по делу.', 'натяжные потолки', 'https://potolki-nedorogo.ru'),
  by('Прочитал с удовольствием, жду продолжения.', 'ставки на спорт', 'https://stavki-bk.ru'),
  by('内容很不错，学到了很多，谢谢！', '深圳代理记账', 'http://sz-jizhang.com'),
  by('好文，顶一下！', '网络贷款', 'http://wangdai-kuai.com'),
  by(
    'Nice blog right here! Also your site loads up fast! Cheers.',
    'web hosting',
    'https://cheap-host-deals.com',
  ),
];

/** Genuine: readers' names and websites, a trade saying something specific (held out). */
export const AUTHOR_PRAISE_GENUINE_HELDOUT: readonly CommentInput[] = [
  by(
    'Hey there! I just wanted to say that I really enjoy reading your blog posts. Keep them coming!',
    'Jenny Walsh',
    'https://jennywalsh.blog',
  ),
  by('Thank you for the good writeup about the visa rules.', 'Azamat', 'https://azamat-travels.kz'),
  by(
    'As a pest control technician I can say bed bugs in rail sleeper cars are a real problem on long routes.',
    'Kevin (pest control)',
    'https://kevin-pest.com',
  ),
  by('Очень полезная статья, спасибо большое автору!', 'Ольга Петрова', 'https://olga-petrova.ru'),
  by(
    'Мы ставим натяжные потолки в Бишкеке, и таможня на китайскую плёнку правда подорожала вдвое.',
    'Потолки Бишкек',
    'https://potolki.kg',
  ),
  by('内容很不错，学到了很多，谢谢！', '赵敏', 'https://zhaomin.net'),
  by('Nice blog right here! Cheers.', 'Rob Cook', 'https://robcook.me'),
  by('Does the web hosting cost in your table include the domain?', 'Lena', 'https://lena-writes.com'),
];
