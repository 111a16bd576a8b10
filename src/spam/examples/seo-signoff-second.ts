// The held-out batch of the SEO sign-off round (issue 15, 2026-12-07): written with
// seo-signoff-examples.ts before any rule was changed, and measured once, after the rules
// (`npm run spam:commercial`, the signoff2 lines). Never tune a rule on these.
import type { SignoffComment } from './seo-signoff-examples.ts';

/** Generic praise and a business's sign-off (or a keyword author): the held-out spam. */
export const SIGNOFF_SPAM_SECOND: readonly SignoffComment[] = [
  {
    content:
      "This is one of the best articles I've read this week. Thanks! Regards, Lakeside Pool Services Orlando",
    author: 'Lakeside Pools',
    url: 'https://lakesidepoolsorlando.com',
  },
  {
    content: 'Very insightful. All the best, Team Horizon Immigration Consultants',
    author: 'Horizon Immigration',
    url: 'https://horizonimmigration.ca',
  },
  {
    content: 'Awesome content, keep it coming. — Northgate Tree Removal',
    author: 'Northgate Tree Removal',
    url: 'https://northgatetreeremoval.com',
  },
  {
    content: 'Great job on this post. Regards from Metro Dumpster Rental Atlanta',
    author: 'Metro Dumpster Rental',
    url: 'https://metrodumpsteratl.com',
  },
  {
    content: 'Nice write-up, thanks a lot.',
    author: 'cheap hotels in paris',
    url: 'https://cheaphotels-paris.fr',
  },
  {
    content: 'Very useful information, thank you.',
    author: 'divorce lawyer toronto',
    url: 'https://torontodivorcelaw.ca',
  },
  {
    content: 'Thanks for the helpful article! Sincerely, Olivia at Greenleaf Physiotherapy Clinic',
    author: 'Olivia',
    url: 'https://greenleafphysio.com',
  },
  {
    content: 'Enjoyed reading it. Best regards, Bay Area Solar Installers',
    author: 'Bay Area Solar',
    url: 'https://bayareasolarinstallers.com',
  },
  {
    content: 'Well done, very detailed post. From all of us at Crystal Clear Window Cleaning',
    author: 'Crystal Clear Windows',
    url: 'https://crystalclearwindowcleaning.com',
  },
  {
    content: 'Fantastic piece, thank you! Kind regards, Ace Driving School Birmingham',
    author: 'Ace Driving School',
    url: 'https://acedrivingschool.co.uk',
  },
  {
    content: "Thanks, great tips here. Cheers, Dan from Dan's Handyman Services",
    author: 'Dan',
    url: 'https://danshandyman.net',
  },
  {
    content: 'Полезная статья, спасибо! С уважением, автосервис «Мотор», Новосибирск',
    author: 'Автосервис Мотор',
    url: 'https://motor-nsk.ru',
  },
  {
    content: 'Отличный пост, автору респект. Ремонт квартир под ключ в Казани — компания «Уютный дом»',
    author: 'Уютный дом',
    url: 'https://uyut-kazan.ru',
  },
  {
    content: 'Спасибо, очень интересно. Команда агентства недвижимости «Новый адрес»',
    author: 'Новый адрес',
    url: 'https://novyadres.ru',
  },
  { content: '谢谢分享，很有用！成都专业保洁公司', author: '成都保洁', url: 'https://cdbaojie.cn' },
  { content: '不错的文章，支持！——苏州恒通律师事务所', author: '恒通律所', url: 'https://hengtonglaw.cn' },
  {
    content: '学到了很多，感谢博主。深圳顺通搬家服务有限公司',
    author: '顺通搬家',
    url: 'https://shuntongbanjia.cn',
  },
];

/** Genuine comments near them: the held-out ham. */
export const SIGNOFF_GENUINE_SECOND: readonly SignoffComment[] = [
  {
    content: 'Great article, thanks for writing it. Kind regards, Peter',
    author: 'Peter Walsh',
    url: 'https://peterwalsh.blog',
  },
  {
    content: 'Very well written. Best wishes from Toronto.',
    author: 'Amira',
    url: 'https://amirareads.wordpress.com',
  },
  {
    content:
      'I work at a dental clinic in Leeds and the staff shortages described here are real. Good reporting.',
    author: 'Chloe',
  },
  {
    content:
      'Useful summary. The malaria figures are from the 2023 WHO report, which is the latest. Regards, Dr. Okafor',
    author: 'Dr. Okafor',
  },
  {
    content:
      'A correction: the bridge will close on 14 May, not 4 May. Diversions are listed on our website. Press Office, Almaty Akimat',
    author: 'Akimat press office',
    url: 'https://www.gov.kz',
  },
  {
    content:
      'Thanks for the coverage. To answer the readers asking: the plant will keep all 200 jobs, and the move is planned for 2027. — Tom Reid, spokesperson, Redline Logistics',
    author: 'Tom Reid',
    url: 'https://redlinelogistics.com',
    article: {
      text: 'Redline Logistics to move its warehouse out of the city; unions fear job losses among the 200 staff.',
    },
  },
  {
    content: 'Learned a lot, keep it up! Cheers, Sam',
    author: "Sam O'Neil",
    url: 'https://samoneil.substack.com',
  },
  { content: 'Thanks for this. From a nurse in Manchester who sees this every shift.', author: 'Jen' },
  {
    content: "Very informative. I'm an electrician in Denver and the code change affects every new house.",
    author: 'Carlos',
  },
  {
    content: 'Enjoyed this piece, regards from a long-time reader in Cork.',
    author: 'Niamh',
    url: 'https://niamhwrites.ie',
  },
  { content: 'Спасибо за статью. С уважением, Андрей Сергеевич, учитель истории', author: 'Андрей' },
  {
    content:
      'Хорошая статья. Работаю в строительной компании в Астане — цены на цемент правда выросли вдвое.',
    author: 'Данияр',
  },
  {
    content: 'Интересно, спасибо! Всех благ из Новосибирска.',
    author: 'Марина',
    url: 'https://marina-nsk.livejournal.com',
  },
  { content: '谢谢分享，写得很好。我在成都开了家小饭馆，房租确实涨了。', author: '张姐' },
  { content: '好文章！来自深圳的老读者。', author: '阿强', url: 'https://aqiang.blog' },
  {
    content: '对文中的问题回应一下：新工厂预计2027年投产，不会裁员。——华远物流公司新闻办',
    author: '华远物流新闻办',
    url: 'https://huayuanwuliu.com',
    article: { text: '华远物流宣布将仓库迁出市区，工会担心二百名员工失业。' },
  },
];
