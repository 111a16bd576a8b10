// Development examples of the SEO comment's sign-off (issue 15, 2026-12-07): generic praise that
// fits any article, then a business's name as the comment's closing ("Regards, Summit Roofing
// Contractors Denver", «С уважением, компания …», ——广州顺达物流有限公司), often under a business's
// name or keywords as the author with its site as the website; and the genuine comments near them
// (readers signing with their own name, naming their employer, press offices, a company's
// spokesperson answering about their own company, readers with a personal blog). Written by hand
// for this round before any rule was changed; seo-signoff-second.ts holds the held-out batch.
import type { MarketComment } from './market-examples.ts';

/** A comment of these sets: the form's fields, and the article when the comment answers one. */
export interface SignoffComment extends MarketComment {
  article?: { text: string };
}

/** Generic praise and a business's sign-off (or a keyword author), with the business's site. */
export const SIGNOFF_SPAM_DEV: readonly SignoffComment[] = [
  {
    content: 'Great post, really well written. Regards, Summit Roofing Contractors Denver',
    author: 'Summit Roofing',
    url: 'https://summitroofingdenver.com',
  },
  {
    content: 'Learned a lot from this, keep it up! Cheers, the team at Bright Smile Dental',
    author: 'Bright Smile Dental',
    url: 'https://brightsmiledental-clinic.com',
  },
  {
    content: 'Very informative article, thank you. — Harper Plumbing & Heating Ltd',
    author: 'Harper Plumbing',
    url: 'https://harperplumbing.co.uk',
  },
  {
    content: 'Well written and easy to follow. Best wishes from Swift Movers Chicago',
    author: 'Swift Movers',
    url: 'https://swiftmoverschicago.com',
  },
  {
    content: 'Keep up the great work! From Caldwell & Rhys Law Firm',
    author: 'Caldwell Rhys Law',
    url: 'https://caldwellrhyslaw.com',
  },
  {
    content: 'Nice article, thanks for writing it.',
    author: 'cheap flights to bali',
    url: 'https://cheapflights-bali.com',
  },
  {
    content: 'I learned a lot reading this, thank you.',
    author: 'plumber london',
    url: 'https://londonplumber24.co.uk',
  },
  { content: 'Really enjoyed this one.', author: 'dentist in dubai', url: 'https://dubaidentalcare.ae' },
  {
    content: 'Great read, very informative. Regards, Mike from Apex Pest Control Phoenix',
    author: 'Mike',
    url: 'https://apexpestcontrolphoenix.com',
  },
  {
    content: 'Such a helpful post! Warm regards, Green Valley Landscaping Services',
    author: 'Green Valley Landscaping',
    url: 'https://greenvalleylandscaping.net',
  },
  {
    content: 'Thanks for sharing this, very useful. Kind regards, Elite Carpet Cleaning Manchester',
    author: 'Elite Carpet Cleaning',
    url: 'https://elitecarpetcleaning-manchester.co.uk',
  },
  {
    content: 'Excellent article. Sincerely, Northside Auto Repair & Towing',
    author: 'Northside Auto',
    url: 'https://northsideautorepair.com',
  },
  {
    content: 'Brilliant write-up, bookmarked. Thanks, Oakwood Kitchens and Bathrooms',
    author: 'Oakwood Kitchens',
    url: 'https://oakwoodkitchens.co.uk',
  },
  {
    content: 'Very well explained, keep it up! - Team Sparkle Maids Houston',
    author: 'Sparkle Maids',
    url: 'https://sparklemaidshouston.com',
  },
  {
    content: 'Informative post. Greetings from Sunrise Travel Agency Kathmandu',
    author: 'Sunrise Travel',
    url: 'https://sunrisetravelnepal.com',
  },
  {
    content: 'Love this article! Best, Jenna @ Luxe Lash Studio',
    author: 'Jenna',
    url: 'https://luxelashstudio.com',
  },
  {
    content: 'Thank you for the great information. Posted by Reliable Roofers Leeds',
    author: 'Reliable Roofers Leeds',
    url: 'https://reliableroofersleeds.co.uk',
  },
  {
    content: 'Great content as always. Regards, QuickFix Appliance Repair Toronto',
    author: 'QuickFix Appliance Repair',
    url: 'https://quickfixappliance.ca',
  },
  { content: 'Wonderful post, thank you!', author: 'best movers nyc', url: 'https://bestmoversnyc.com' },
  {
    content: 'Very informative, thanks.',
    author: 'emergency locksmith near me',
    url: 'https://locksmith-247.com',
  },
  {
    content: 'This was a great read. Cheers from everyone at Pinecrest Family Dentistry',
    author: 'Pinecrest Dentistry',
    url: 'https://pinecrestfamilydentistry.com',
  },
  {
    content: 'So helpful, thank you for writing this. Regards, Martin | Martin & Sons Electrical Contractors',
    author: 'Martin & Sons Electrical',
    url: 'https://martinsonselectrical.com',
  },
  { content: 'Great article, very informative! Regards, Prime Movers Dallas', author: 'Prime Movers Dallas' },
  {
    content: 'Really well researched. Kind regards, Dr. Shah, Smile Plus Dental Clinic Karachi',
    author: 'Smile Plus Dental Clinic',
    url: 'https://smileplusdental.pk',
  },
  {
    content: 'Good stuff, keep writing. Best regards, Ironclad Garage Doors',
    author: 'Ironclad Garage Doors',
    url: 'https://ironcladgaragedoors.com',
  },
  {
    content: 'Spasibo from Almaty! Great post. Regards, Steppe Tours Kazakhstan',
    author: 'Steppe Tours',
    url: 'https://steppetours.kz',
  },
  {
    content: 'Спасибо за статью! Натяжные потолки в Москве',
    author: 'Натяжные потолки',
    url: 'https://potolki-msk.ru',
  },
  {
    content: 'Отличная статья, очень полезно. С уважением, компания «СтройДом», строительство домов под ключ',
    author: 'СтройДом',
    url: 'https://stroydom-spb.ru',
  },
  {
    content:
      'Интересный материал, узнал много нового. С уважением, команда клининговой компании «Чистый дом»',
    author: 'Чистый дом',
    url: 'https://chistydom-clean.ru',
  },
  {
    content: 'Хорошая статья, спасибо автору! Юридическая компания «Право и Закон», Екатеринбург',
    author: 'Юрист Екатеринбург',
    url: 'https://pravo-zakon-ekb.ru',
  },
  {
    content: 'Полезная информация, благодарю. Ваш «Грузовичок» — грузоперевозки по Санкт-Петербургу',
    author: 'Грузовичок',
    url: 'https://gruzovichok-spb.ru',
  },
  { content: '感谢分享！北京搬家公司', author: '北京搬家', url: 'https://bjbanjia.cn' },
  { content: '写得很好，学习了。上海诚信装修公司', author: '诚信装修', url: 'https://chengxinzx.cn' },
  {
    content: '文章很有帮助，谢谢博主！——广州顺达物流有限公司',
    author: '顺达物流',
    url: 'https://shundawuliu.com',
  },
  { content: '非常有用，支持一下。深圳专业开锁服务', author: '深圳开锁', url: 'https://szkaisuo.cn' },
  { content: '好文章，收藏了。来自杭州美家家政服务', author: '美家家政', url: 'https://meijiajz.cn' },
  // Written after the rules: a business's name as the author, its own site as the website, praise.
  { content: 'Great post, thanks for sharing!', author: 'Summit Roofing', url: 'https://summitroofing.com' },
  {
    content: 'Really enjoyed this, keep it up.',
    author: 'Bright Smile Dental',
    url: 'https://brightsmiledental.com',
  },
  { content: 'Very informative, thank you!', author: 'Harper Plumbing', url: 'https://harperplumbing.co.uk' },
  {
    content: 'Wonderful article, well written.',
    author: 'Oakwood Kitchens',
    url: 'https://oakwoodkitchens.co.uk',
  },
];

/** Genuine comments near them: own names, employers named in a discussion, press offices, a spokesperson. */
export const SIGNOFF_GENUINE_DEV: readonly SignoffComment[] = [
  {
    content: 'Great article, really well written. Regards, Tom',
    author: 'Tom Harris',
    url: 'https://tomharris.blog',
  },
  {
    content: 'Learned a lot from this, thanks. — Priya',
    author: 'Priya Nair',
    url: 'https://medium.com/@priyanair',
  },
  {
    content:
      'I work at a logistics firm in Almaty and the new customs rules have doubled our paperwork. Good piece.',
    author: 'Yerlan',
  },
  {
    content:
      'Very informative piece on the measles outbreak; the vaccination figures match what we see in our clinic. Regards, Dr. Ahmed',
    author: 'Dr. Ahmed Khan',
  },
  {
    content:
      "To clarify the figures in paragraph four: the council's budget for road repairs is £4.2m, not £2.4m. Regards, Press Office, Leeds City Council",
    author: 'Leeds City Council Press Office',
    url: 'https://www.leeds.gov.uk',
  },
  {
    content:
      'To answer the question in the comments: the recall covers only models built between March and June, and owners will be contacted by post. Sarah Lee, Communications Manager, Northwind Motors',
    author: 'Sarah Lee',
    url: 'https://northwindmotors.com',
    article: {
      text: 'Northwind Motors recalls 12,000 cars over a brake fault. Owners of models built this spring are asked to wait for a letter.',
    },
  },
  {
    content: 'Great post, keep it up! Cheers, Mike',
    author: 'Mike Chen',
    url: 'https://mikechen.wordpress.com',
  },
  {
    content: 'Well written. As a roofer myself I can say the storm damage estimates are about right.',
    author: 'Dave',
  },
  {
    content: 'Thanks for sharing. Best wishes from Chicago!',
    author: 'Laura',
    url: 'https://laurasreads.blogspot.com',
  },
  { content: 'Very informative. From a retired teacher in Leeds.', author: 'Margaret' },
  {
    content: 'Keep up the good work! Kind regards, Anna Kowalski',
    author: 'Anna Kowalski',
    url: 'https://annakowalski.net',
  },
  {
    content:
      'I run a small dental practice and the new contract changes are exactly as described. Thanks for the clear write-up.',
    author: 'Dr. Helen Brooks',
  },
  {
    content:
      'Great article. Our law firm handled a similar case last year and the judge ruled the same way. — James',
    author: 'James Whitfield',
  },
  {
    content: 'Loved this piece on the tram line. Best, Sophie',
    author: 'Sophie',
    url: 'https://sophiewrites.substack.com',
  },
  {
    content:
      'The vaccination centres listed are correct as of Monday; two more open next week. Regards, Press Office, Ministry of Health',
    author: 'Ministry of Health Press Office',
    url: 'https://www.gov.kz',
  },
  { content: 'Well written! Greetings from Almaty.', author: 'Aigerim', url: 'https://aigerim.blog' },
  { content: 'Very helpful, thank you. I shared it with my colleagues at the hospital.', author: 'Nurse Jo' },
  {
    content: 'Good piece. For the record, I work for Acme Logistics and we were not consulted either.',
    author: 'Ben Ortiz',
  },
  { content: 'As a plumber in Leeds I see these boilers fail every winter. Good article.', author: 'Ahmed' },
  {
    content:
      "Thank you for covering the flood. Our bakery on Main Street was under a metre of water. — Rosa, Rosa's Bakery",
    author: 'Rosa Alvarez',
  },
  {
    content: 'We have appealed the fine and will publish our full response on Friday. — Summit Roofing Ltd',
    author: 'Summit Roofing Ltd',
    url: 'https://summitroofing.com',
    article: { text: 'Summit Roofing fined £40,000 after a worker fell from scaffolding in Leeds.' },
  },
  { content: 'Really enjoyed this, thanks!', author: 'Kate Murphy', url: 'https://katemurphy.blog' },
  {
    content: 'Great analysis of the budget. Regards, Dr. Ahmed',
    author: 'Dr. Ahmed',
    url: 'https://drahmedwrites.com',
  },
  {
    content: 'Well researched, thank you. Cheers from a long-time reader in Melbourne',
    author: 'Grace Liu',
    url: 'https://graceliu.me',
  },
  { content: 'Спасибо за статью! С уважением, Ирина', author: 'Ирина Петрова' },
  {
    content:
      'Отличная статья. Я работаю в логистической компании в Алматы, и новые правила действительно удвоили нам бумажную работу.',
    author: 'Ерлан',
  },
  {
    content:
      'Хорошая статья, спасибо. С уважением, пресс-служба акимата города Алматы: график работы ЦОНов уточнён на сайте.',
    author: 'Пресс-служба акимата',
    url: 'https://www.gov.kz',
  },
  {
    content: 'Интересный материал. Привет из Казани!',
    author: 'Ольга',
    url: 'https://olga-kazan.livejournal.com',
  },
  {
    content:
      'Спасибо за статью, очень полезно. Сам работаю сантехником, подтверждаю: трубы меняют раз в тридцать лет.',
    author: 'Виктор',
  },
  {
    content: 'Благодарю за материал. С уважением, Анна Сергеевна, учитель',
    author: 'Анна Сергеевна',
    url: 'https://anna-teacher.livejournal.com',
  },
  { content: '感谢分享！我在北京做物流，这次新规确实影响很大。', author: '王磊' },
  { content: '写得很好，学习了。——小李', author: '李华', url: 'https://www.jianshu.com/u/lihua' },
  { content: '文章很有帮助。我是上海一家装修公司的员工，工地上确实缺人。', author: '陈先生' },
  { content: '谢谢作者！来自杭州的读者。', author: '小周', url: 'https://xiaozhou.blog' },
  {
    content: '关于召回的问题说明一下：只涉及三月到六月生产的车型，我们会逐一通知车主。——华远汽车新闻发言人',
    author: '华远汽车新闻办',
    url: 'https://huayuanqiche.com',
    article: { text: '华远汽车宣布召回一万二千辆汽车，原因是刹车故障。' },
  },
  // Written after the rules: people whose own site spells their name, a trade among their names.
  { content: 'Great post, thanks for sharing!', author: 'Sarah Painter', url: 'https://sarahpainter.com' },
  { content: 'Really enjoyed this, keep it up.', author: 'Sophie Baker', url: 'https://sophiebaker.com' },
  { content: 'Very informative, thank you!', author: 'Kate Murphy', url: 'https://katemurphy.blog' },
  { content: 'Wonderful article, well written.', author: 'Dental nurse', url: 'https://dentalnurse.blog' },
];
