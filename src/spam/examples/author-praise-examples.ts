// Development examples of the classic blog comment spam (issue 15, 2026-12-07, fifth session;
// docs/spam.md, "Spun praise under a keyword name"): a comment of generic, often spun praise that
// fits any post, signed with a keyword name ("payday loans", «займы онлайн», 上海搬家) that the
// comment form links to the author's website. The payload is the name and the website; the text
// is there to pass as a reader's. Written for this change, in our own words.
import type { CommentInput } from '../analyze.ts';

const by = (content: string, author: string, url: string): CommentInput => ({ content, author, url });

/** Spam: praise that fits any post, under a keyword name linked to a website. */
export const AUTHOR_PRAISE_SPAM: readonly CommentInput[] = [
  by(
    'Very good post. I certainly appreciate this website. Keep writing!',
    'weight loss pills',
    'http://fastslim-pills.com',
  ),
  by(
    'Very good post. I certainly appreciate this website. Keep writing!',
    'buy viagra online',
    'http://rx-discount.net',
  ),
  by(
    'Wow, this paragraph is pleasant, my younger sister is analyzing these things, thus I am going to let know her.',
    'payday loans',
    'http://quick-payday-cash.com',
  ),
  by(
    'Howdy! This post could not be written any better! Reading through this post reminds me of my old room mate. Thank you for sharing!',
    'cheap jerseys',
    'http://cheap-jerseys-china.biz',
  ),
  by(
    'I absolutely love your blog and find most of your posts to be exactly what I am looking for.',
    'garage door repair',
    'https://garagedoor-fix-now.com',
  ),
  by(
    'Genuinely when someone does not be aware of then its up to other visitors that they will help, so here it takes place.',
    'online casino',
    'http://best-casino-bonus.com',
  ),
  by(
    'Hi to every one, the contents existing at this website are in fact amazing for people knowledge, well, keep up the nice work fellows.',
    'replica watches',
    'http://replica-watch-store.net',
  ),
  by('Appreciate the recommendation. Will try it out.', 'seo services', 'https://rank-first-seo.com'),
  by(
    'Excellent blog you have here. It is hard to find quality writing like yours nowadays. I honestly appreciate people like you! Take care!!',
    'carpet cleaning',
    'https://carpetclean-pros.com',
  ),
  by(
    'What a stuff of un-ambiguity and preserveness of valuable experience regarding unexpected emotions.',
    'essay writing service',
    'https://essays-fast.net',
  ),
  by(
    'Heya i am for the first time here. I came across this board and I find It really useful & it helped me out a lot.',
    'male enhancement',
    'http://enhance-now.org',
  ),
  by(
    'Greetings! Very helpful advice within this article! It is the little changes that make the most important changes. Many thanks for sharing!',
    'roof repair',
    'https://roofrepair-dallas.com',
  ),
  by(
    'I every time spent my half an hour to read this webpage posts daily along with a cup of coffee.',
    'forex signals',
    'https://forex-vip-signals.com',
  ),
  by(
    'Good day! I simply wish to give you a big thumbs up for the great info you have here on this post.',
    'bad credit loans',
    'http://loans-bad-credit.net',
  ),
  by('Спасибо, очень познавательно, обязательно зайду ещё.', 'займы онлайн', 'https://zaimy-online.ru'),
  by(
    'Отличный блог, читаю с удовольствием, автору респект!',
    'ремонт квартир',
    'https://remont-kvartir-spb.ru',
  ),
  by('Полезная информация, добавил сайт в закладки.', 'купить диплом', 'http://diplom-kupit.com'),
  by('Интересно пишете, буду следить за обновлениями.', 'эвакуатор недорого', 'https://evakuator-msk.ru'),
  by('写得太好了，收藏了，以后常来看看。', '上海搬家公司', 'http://shanghai-banjia.com'),
  by('博主辛苦了，内容很实用，支持一下！', '代开发票', 'http://daikai-fapiao.net'),
  by('非常有帮助的文章，感谢分享，期待更新。', '网站优化', 'https://seo-youhua.cn'),
  by('学习了，谢谢博主的分享。', '北京代孕', 'http://bj-daiyun.com'),
];

/** Genuine: readers' own names and websites, businesses saying something, trade surnames. */
export const AUTHOR_PRAISE_GENUINE: readonly CommentInput[] = [
  by(
    'Very good post. I certainly appreciate this website. Keep writing!',
    'Maria Lopez',
    'https://marialopez.me',
  ),
  by(
    'Thanks for the write-up, the part about the SSH keys solved my issue.',
    'Marta',
    'https://marta-codes.dev',
  ),
  by('Great article, I will share it with my students.', 'Prof. Aliya Nurlanova', 'https://nurlanova-lab.kz'),
  by(
    'As a carpet cleaner myself: the claim about steam damaging wool rugs is right, we use low-moisture methods on them.',
    'Tom Baker, carpet cleaning',
    'https://bakerclean.co.uk',
  ),
  by(
    'Our garage door company in Almaty has had the same problem with customs delays on parts since June. Good to see it covered.',
    'Almaty Door Service',
    'https://almatydoor.kz',
  ),
  by('Excellent analysis of the tariff numbers, thank you.', 'Sarah Painter', 'https://sarahpainter.net'),
  by('Nice post, keep it up!', 'george best', 'http://georgebest-blog.com'),
  by('Спасибо, очень познавательно, обязательно зайду ещё.', 'Ирина Смирнова', 'https://irina-smirnova.ru'),
  by(
    'Как владелец ремонтной фирмы подтверждаю: цены на материалы выросли на треть с весны.',
    'Ремонт Про (Алматы)',
    'https://remontpro.kz',
  ),
  by('写得太好了，收藏了，以后常来看看。', '王小明', 'https://wangxiaoming.cn'),
  by('我们搬家公司也遇到了油价上涨的问题，文章说得很对。', '李师傅', 'https://lishifu-blog.cn'),
  by('Thanks! Is there a Russian version of this article?', 'Dmitry', 'https://dmitry.dev'),
];
