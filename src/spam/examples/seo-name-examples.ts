// Development examples of SEO comments signed with a business's name (issue 15, item 1, sixth
// round, 2026-12-06): praise that fits any article under "Reliable plumber Denver", "Dentist Leeds",
// «Грузчики Москва», 东莞物流, linked to a website; and readers who give a website with the same
// praise under their own name (surnames that are trades, cities as names, Russian and Chinese
// readers). Written for this round (the first 52 before the rules, the last 31 after them);
// development figures: the lead's held-out set judges.
import type { MarketComment } from './market-examples.ts';

/** SEO comments: praise that fits any article under a business's name linked to its site. */
export const SEO_NAME_SPAM_DEV: readonly MarketComment[] = [
  {
    content: 'Thank you for this wonderful article, keep up the good work.',
    author: 'Reliable plumber Denver',
    url: 'https://business.example',
  },
  {
    content: 'Great post, thanks for sharing!',
    author: 'Affordable roofing Austin',
    url: 'https://business.example',
  },
  {
    content: 'Very informative, I enjoyed reading this.',
    author: 'Dentist Leeds',
    url: 'https://business.example',
  },
  {
    content: 'Nice article, keep it up.',
    author: 'Locksmith 24/7 Manchester',
    url: 'https://business.example',
  },
  {
    content: 'This is really helpful, thank you.',
    author: 'Plumber near me',
    url: 'https://business.example',
  },
  {
    content: 'Awesome read, bookmarked!',
    author: 'Toronto Moving Services',
    url: 'https://business.example',
  },
  {
    content: 'Thanks for the information, very useful.',
    author: 'Best Painters',
    url: 'https://business.example',
  },
  {
    content: 'Wonderful article, I learned a lot.',
    author: 'Best SEO Agency',
    url: 'https://business.example',
  },
  {
    content: 'Thank you, this was a pleasure to read.',
    author: 'Emergency Electrician London',
    url: 'https://business.example',
  },
  {
    content: 'Great work, keep posting such articles.',
    author: 'Dubai Car Rental',
    url: 'https://business.example',
  },
  {
    content: 'Very nice post, thanks.',
    author: 'Houston Water Damage Restoration',
    url: 'https://business.example',
  },
  {
    content: 'I really like your writing style, great information.',
    author: 'Professional carpet cleaning Sydney',
    url: 'https://business.example',
  },
  {
    content: 'Excellent article! Thanks for sharing this with us.',
    author: 'Tree Removal Service Atlanta',
    url: 'https://business.example',
  },
  {
    content: 'Thanks a lot for this, very informative.',
    author: 'Garage door repair Phoenix',
    url: 'https://business.example',
  },
  {
    content: 'Such an interesting read, thank you.',
    author: 'Kitchen Remodeling Contractors Chicago',
    url: 'https://business.example',
  },
  {
    content: 'This article is amazing, keep it up!',
    author: 'Hvac Repair Near Me',
    url: 'https://business.example',
  },
  {
    content: 'Great content, I will share it with my friends.',
    author: 'Cheap Flights To Bali',
    url: 'https://business.example',
  },
  {
    content: 'Good article, thanks!',
    author: 'Miami Personal Injury Lawyer',
    url: 'https://business.example',
  },
  {
    content: 'Thank you for this wonderful article, keep up the good work.',
    author: 'Top Rated Dentist',
    url: 'https://business.example',
  },
  {
    content: 'Very helpful content, thank you for posting.',
    author: 'Pest Control Brisbane',
    url: 'https://business.example',
  },
  {
    content: 'I love this blog, great job.',
    author: 'Web Design Company Dubai',
    url: 'https://business.example',
  },
  {
    content: 'Such a well written post, thank you.',
    author: 'Las Vegas Limo Service',
    url: 'https://business.example',
  },
  {
    content: 'Thanks for sharing this great article.',
    author: '24 Hour Towing Dallas',
    url: 'https://business.example',
  },
  {
    content: 'Nice one! Really enjoyed it.',
    author: 'Orlando Airport Taxi',
    url: 'https://business.example',
  },
  {
    content: 'Very informative article, thank you very much.',
    author: 'Divorce Attorney Chicago',
    url: 'https://business.example',
  },
  {
    content: 'Great insight, thanks for writing this.',
    author: 'Wedding Photographer Tuscany',
    url: 'https://business.example',
  },
  {
    content: 'Really appreciate this article, thank you.',
    author: 'Buy Instagram Followers',
    url: 'https://business.example',
  },
  { content: 'Thanks, this helped me a lot.', author: 'Online Essay Help', url: 'https://business.example' },
  { content: 'Fantastic read, keep them coming!', author: 'London escorts', url: 'https://business.example' },
  { content: 'Amazing content, I appreciate it.', author: 'Spa Bali', url: 'https://business.example' },
  {
    content: 'Спасибо за статью, очень полезно!',
    author: 'Натяжные потолки Казань',
    url: 'https://business.example',
  },
  {
    content: 'Отличная статья, автору спасибо.',
    author: 'Сантехник на дом Москва',
    url: 'https://business.example',
  },
  {
    content: 'Очень интересно, спасибо автору.',
    author: 'Эвакуатор круглосуточно',
    url: 'https://business.example',
  },
  { content: 'Хорошая статья, всё по делу.', author: 'Вывоз мусора СПб', url: 'https://business.example' },
  {
    content: 'Спасибо, очень познавательно.',
    author: 'Стоматология Новосибирск',
    url: 'https://business.example',
  },
  {
    content: 'Полезная информация, благодарю.',
    author: 'Клининг Екатеринбург',
    url: 'https://business.example',
  },
  {
    content: 'Спасибо автору за материал!',
    author: 'Пластиковые окна недорого',
    url: 'https://business.example',
  },
  { content: 'Интересная статья, спасибо.', author: 'Аренда спецтехники', url: 'https://business.example' },
  {
    content: 'Благодарю за статью, было полезно.',
    author: 'Грузчики Москва',
    url: 'https://business.example',
  },
  { content: 'Классная статья, спасибо!', author: 'Автосервис Краснодар', url: 'https://business.example' },
  {
    content: 'Спасибо за полезную информацию.',
    author: 'Юридические услуги',
    url: 'https://business.example',
  },
  {
    content: 'Отличный материал, автору респект.',
    author: 'Строительство домов под ключ',
    url: 'https://business.example',
  },
  { content: '感谢分享，写得很好！', author: '北京租车', url: 'https://business.example' },
  { content: '好文章，支持一下。', author: '深圳网站建设', url: 'https://business.example' },
  { content: '很有帮助，谢谢博主。', author: '广州代理记账', url: 'https://business.example' },
  { content: '写得真好，学习了。', author: '上海SEO优化', url: 'https://business.example' },
  { content: '谢谢分享，很有用。', author: '杭州装修设计', url: 'https://business.example' },
  { content: '文章不错，收藏了。', author: '成都婚纱摄影', url: 'https://business.example' },
  { content: '支持博主，写得太好了。', author: '专业翻译服务', url: 'https://business.example' },
  { content: '非常棒的文章，感谢。', author: '东莞物流', url: 'https://business.example' },
  { content: '学到了很多，谢谢！', author: '减肥药官方', url: 'https://business.example' },
  { content: '很好的分享，期待更新。', author: '苏州空调维修', url: 'https://business.example' },
  {
    content: 'This is exactly what I was looking for, thanks!',
    author: 'Fast Cash Loans Texas',
    url: 'https://business.example',
  },
  {
    content: 'Your blog is my go-to source, keep posting.',
    author: 'Roof repair Birmingham',
    url: 'https://business.example',
  },
  {
    content: 'Superb write-up. Learned something new today.',
    author: 'Mobile Mechanic Leicester',
    url: 'https://business.example',
  },
  {
    content: 'Hi admin, very nice post. Thanks.',
    author: 'Skip hire Sheffield',
    url: 'https://business.example',
  },
  {
    content: 'Good job! Shared this with my colleagues.',
    author: 'Calgary Plumbing & Heating',
    url: 'https://business.example',
  },
  {
    content: 'Informative and well explained. Thank you.',
    author: 'Junk Removal Brampton',
    url: 'https://business.example',
  },
  {
    content: 'Awesome, thanks for the tips!',
    author: 'Bathroom Renovations Perth',
    url: 'https://business.example',
  },
  {
    content: 'Great read. Appreciate the effort you put into this.',
    author: 'Melbourne Removalists',
    url: 'https://business.example',
  },
  {
    content: 'I like this post a lot, thank you admin.',
    author: 'Affordable Dentist Near Me',
    url: 'https://business.example',
  },
  {
    content: 'Really well written and helpful.',
    author: 'Immigration Lawyer Toronto',
    url: 'https://business.example',
  },
  {
    content: 'Very useful information, thanks for posting.',
    author: 'Dumpster Rental Columbus Ohio',
    url: 'https://business.example',
  },
  {
    content: 'Thanks for sharing such valuable content!',
    author: 'Solar Panels Adelaide',
    url: 'https://business.example',
  },
  {
    content: 'This was very helpful, thank you so much.',
    author: 'Cheap Limo Hire',
    url: 'https://business.example',
  },
  {
    content: 'Great post! Keep writing.',
    author: 'Concrete Contractors Tampa',
    url: 'https://business.example',
  },
  { content: 'Nice blog, keep it up.', author: 'Interior Designer Dubai', url: 'https://business.example' },
  {
    content: 'Amazing article!! Thanks.',
    author: 'Mold Remediation Seattle',
    url: 'https://business.example',
  },
  {
    content: 'Wonderful information, I will bookmark your site.',
    author: 'Vape Shop UK',
    url: 'https://business.example',
  },
  {
    content: 'Well done, very informative.',
    author: 'Fence installation Raleigh',
    url: 'https://business.example',
  },
  {
    content: 'Very nice, thank you for sharing.',
    author: 'Airport Transfers Antalya',
    url: 'https://business.example',
  },
  {
    content: 'Спасибо, очень интересно и полезно!',
    author: 'Ремонт холодильников на дому',
    url: 'https://business.example',
  },
  {
    content: 'Отличная статья, всё понятно.',
    author: 'Перевозка пианино Москва',
    url: 'https://business.example',
  },
  {
    content: 'Благодарю автора, полезный материал.',
    author: 'Кухни на заказ',
    url: 'https://business.example',
  },
  { content: 'Супер, спасибо!', author: 'Бурение скважин под ключ', url: 'https://business.example' },
  { content: 'Хорошая статья, пишите ещё.', author: 'Заказать такси Сочи', url: 'https://business.example' },
  {
    content: 'Интересно, спасибо за информацию.',
    author: 'Межкомнатные двери от производителя',
    url: 'https://business.example',
  },
  { content: '太棒了，谢谢分享！', author: '上海搬家公司', url: 'https://business.example' },
  { content: '写得不错，支持！', author: '深圳装修公司', url: 'https://business.example' },
  { content: '很有用的内容，收藏了。', author: '北京开锁服务', url: 'https://business.example' },
  { content: '谢谢楼主，学习了。', author: '广州留学中介', url: 'https://business.example' },
  { content: '好文章，期待更多。', author: '南京搬家', url: 'https://business.example' },
  { content: '感谢，很有帮助。', author: '厦门婚纱摄影工作室', url: 'https://business.example' },
];

/** Readers with a website: the same praise under a person's name, and readers naming a trade. */
export const SEO_NAME_GENUINE_DEV: readonly MarketComment[] = [
  {
    content: 'Thank you for this wonderful article, keep up the good work.',
    author: 'Sarah Painter',
    url: 'https://reader.example',
  },
  { content: 'Great post, thanks for sharing!', author: 'George Best', url: 'https://reader.example' },
  {
    content: 'Very informative, I enjoyed reading this.',
    author: 'Min-jun Seo',
    url: 'https://reader.example',
  },
  { content: 'Nice article, keep it up.', author: 'Дмитрий Ремонтов', url: 'https://reader.example' },
  { content: 'Thanks for sharing, very useful.', author: 'Tom Baker', url: 'https://reader.example' },
  {
    content: 'Great article about the new bridge in Denver.',
    author: 'John Carpenter',
    url: 'https://reader.example',
  },
  { content: 'Thank you, this is helpful.', author: 'Mary Taylor', url: 'https://reader.example' },
  { content: 'Great post, thanks for sharing!', author: 'Dr. Emily Mason', url: 'https://reader.example' },
  { content: 'Very nice article.', author: 'Paul London', url: 'https://reader.example' },
  { content: 'Thanks for this piece.', author: 'Jack Dallas', url: 'https://reader.example' },
  { content: 'Thank you for the article.', author: 'Helen Sydney', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Anna Cook', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Jim Garage', url: 'https://reader.example' },
  { content: 'Very informative.', author: 'Best Regards', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'The Denver Post reader', url: 'https://reader.example' },
  { content: 'Thanks for the write-up.', author: 'Chris Fisher', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Brian Mover', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'London Calling', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Paris Hilton', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Sam Washington', url: 'https://reader.example' },
  { content: 'Спасибо за статью, очень полезно!', author: 'Анна Кредитова', url: 'https://reader.example' },
  { content: 'Спасибо за статью, очень полезно!', author: 'Сергей Москвин', url: 'https://reader.example' },
  { content: 'Отличная статья.', author: 'Ольга из Казани', url: 'https://reader.example' },
  { content: '感谢分享，写得很好！', author: '李明', url: 'https://reader.example' },
  { content: '感谢分享，写得很好！', author: '北京的小王', url: 'https://reader.example' },
  { content: '好文章，支持一下。', author: '上海读者', url: 'https://reader.example' },
  {
    content: "The plumbers' strike in Denver is covered well here, thanks.",
    author: 'Kate Miller',
    url: 'https://reader.example',
  },
  {
    content: 'As a dentist in Leeds myself, I can confirm the waiting lists are that long.',
    author: 'Raj Patel',
    url: 'https://reader.example',
  },
  {
    content: 'I run a small bakery in Almaty and the new tax rules hurt us badly. Thanks for covering it.',
    author: "Dana's Bakery",
    url: 'https://reader.example',
  },
  { content: 'Great article, thanks.', author: 'Jo Service', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Marco Polo', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Denver Dad', url: 'https://reader.example' },
  { content: 'Great article, thanks.', author: 'Houston Rockets fan', url: 'https://reader.example' },
];
