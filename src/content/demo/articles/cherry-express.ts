// One story published in English, Russian and Chinese, linked as translations (`story`).
import type { DemoArticle } from '../types.ts';

const story = 'cherry-express';

export const cherryExpressEnArticle: DemoArticle = {
  slug: 'uzbek-cherries-race-to-chinese-shoppers',
  title: 'Picked in Fergana, sold in Xi’an: Uzbek cherries race to Chinese shoppers',
  excerpt:
    'Refrigerated trucks and a faster border lane now carry Uzbek cherries to Chinese cities within days. Growers say the new buyers are changing what they plant.',
  authorSlug: 'nodira-yusupova',
  tagSlugs: ['trade', 'transport'],
  language: 'en',
  story,
  publishedAt: '2026-06-12T05:30:00.000Z',
  bodyMarkdown: `ANDIJAN — At dawn in early June, pickers in the orchards of the Fergana Valley fill crates with dark red cherries. By the end of the week some of that fruit is on sale in supermarkets in Xi’an and Chengdu.

## A lane for fruit

The route runs by refrigerated truck over the mountains through Kyrgyzstan to the Chinese border, where fresh produce now has a lane of its own. Drivers who once waited a day or more for inspection say the crossing takes hours in the harvest season.

“Cherries forgive nothing,” said a packing-house manager near Andijan. “Two days lost at a border and the fruit is worth half.”

## What growers change

Chinese buyers pay more for large, firm fruit that travels well, and farmers are responding:

- new orchards are planted with late-ripening varieties that extend the season;
- packing houses add cooling rooms, so fruit is chilled within hours of picking;
- cooperatives pool their harvest to fill whole trucks for one buyer.

Not everyone gains. Small growers without cold storage still sell at local bazaars, where prices fall when the harvest peaks. Exporters say the next step is more cooling capacity close to the farms, so that smaller orchards can reach the same buyers.
`,
};

export const cherryExpressRuArticle: DemoArticle = {
  slug: 'uzbekskaya-chereshnya-na-kitajskih-prilavkah',
  title: 'Собрано в Фергане, продано в Сиане: узбекская черешня спешит к китайским покупателям',
  excerpt:
    'Рефрижераторы и ускоренный коридор на границе доставляют узбекскую черешню в города Китая за несколько дней. Фермеры говорят, что новые покупатели меняют то, что они сажают.',
  authorSlug: 'nodira-yusupova',
  tagSlugs: ['trade', 'transport'],
  language: 'ru',
  story,
  publishedAt: '2026-06-12T07:00:00.000Z',
  bodyMarkdown: `АНДИЖАН — Ранним июньским утром сборщики в садах Ферганской долины наполняют ящики тёмно-красной черешней. К концу недели часть этих ягод уже лежит на полках супермаркетов Сиань и Чэнду.

## Коридор для фруктов

Маршрут проходит на рефрижераторах через горы Кыргызстана к китайской границе, где для свежей продукции теперь выделен отдельный коридор. Водители, которые раньше ждали досмотра сутки и дольше, говорят, что в сезон урожая переход занимает несколько часов.

«Черешня ничего не прощает, — говорит управляющий упаковочным цехом под Андижаном. — Потеряли два дня на границе — и ягода стоит вдвое дешевле».

## Что меняют фермеры

Китайские покупатели платят больше за крупные плотные ягоды, которые хорошо переносят дорогу, и фермеры отвечают на это:

- новые сады закладывают поздними сортами, чтобы продлить сезон;
- упаковочные цеха строят холодильные камеры, чтобы охлаждать ягоду в первые часы после сбора;
- кооперативы объединяют урожай, чтобы загрузить целую машину для одного покупателя.

Выигрывают не все. Мелкие хозяйства без холодильников по-прежнему продают урожай на местных базарах, где цены падают на пике сезона. Экспортёры считают, что следующий шаг — больше холодильных мощностей рядом с садами, чтобы и небольшие хозяйства могли выйти на тех же покупателей.
`,
};

export const cherryExpressZhArticle: DemoArticle = {
  slug: 'wuzibieke-yingtao-jinru-zhongguo-chaoshi',
  title: '费尔干纳采摘，西安上架：乌兹别克斯坦樱桃加速走进中国市场',
  excerpt:
    '冷藏车和口岸的鲜果快速通道，让乌兹别克斯坦樱桃几天之内就能运到中国城市。果农说，新的买家正在改变他们种什么。',
  authorSlug: 'nodira-yusupova',
  tagSlugs: ['trade', 'transport'],
  language: 'zh-Hans',
  story,
  publishedAt: '2026-06-12T08:00:00.000Z',
  bodyMarkdown: `**本报安集延讯** 六月初的清晨，费尔干纳谷地果园里的采摘工把深红色的樱桃装进果箱。不到一周，其中一部分就已摆上西安和成都超市的货架。

## 鲜果的专用通道

冷藏车翻越吉尔吉斯斯坦境内的山区，驶向中国边境口岸。如今，生鲜农产品在那里有了专用通道。过去常常要等一天甚至更久才能完成查验的司机说，在收获季节，通关只需几个小时。

“樱桃一点都耽误不起，”安集延附近一家包装厂的负责人说，“在边境多耽搁两天，果子就只值一半的钱。”

## 果农的变化

中国买家愿意为个大、果肉结实、耐运输的樱桃出更高的价格，果农也随之调整：

- 新建果园多选晚熟品种，以延长供货季节；
- 包装厂增建冷库，采摘后几个小时内就完成预冷；
- 合作社把各家的收成集中起来，整车供给同一个买家。

并非人人都能从中受益。没有冷库的小农户仍在当地巴扎出售樱桃，旺季时价格随之下跌。出口商认为，下一步需要在果园附近建设更多冷链设施，让小果园也能对接同样的买家。
`,
};
