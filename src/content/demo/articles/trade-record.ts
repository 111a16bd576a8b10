import type { DemoArticle } from '../types.ts';

export const tradeRecordArticle: DemoArticle = {
  slug: 'china-central-asia-trade-reaches-record',
  title: 'China–Central Asia trade climbs to a record as overland routes fill up',
  excerpt:
    'Customs data put trade between China and the five Central Asian states at a record 674.15 billion yuan, more than double the level of 2013. Traders say the growth is real but unevenly shared.',
  authorSlug: 'aigerim-sadykova',
  tagSlugs: ['trade', 'transport'],
  language: 'en',
  publishedAt: '2025-03-14T08:30:00.000Z',
  bodyMarkdown: `ALMATY — Trade between China and the five countries of Central Asia has reached a record 674.15 billion yuan (about $94 billion), up 116% from 2013, according to Chinese customs figures, extending a decade-long run in which the region has become one of the fastest-growing corners of China's foreign commerce.

The figure covers Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. The starting point of the comparison is not arbitrary: 2013 is the year the overland "Silk Road Economic Belt" was first proposed in a speech in Astana, and officials on both sides now routinely measure progress against it.

## What is moving

The composition of the trade has shifted less than the headline suggests. Energy and raw materials still dominate flows from Central Asia to China, while machinery, vehicles, electronics, clothing and building materials travel the other way. What has changed, according to freight forwarders interviewed for this article, is the volume of finished goods crossing by road and rail rather than by sea.

"Five years ago a client asked me whether a truck to Tashkent was even possible," a freight broker in Almaty said. "Now they ask me which of three routes is cheapest this week."

Several factors are commonly cited for the increase:

- **Infrastructure.** Rail links through the Khorgos and Alashankou crossings on the China–Kazakhstan border, and road corridors into Kyrgyzstan and Tajikistan, have lowered transit times.
- **Policy.** The first China–Central Asia Summit, held in Xi'an in May 2023, committed governments to simpler customs procedures and more border crossings.
- **Demand.** Rising household consumption in Uzbekistan and Kazakhstan has created a market for Chinese cars, appliances and phones.
- **Diversion.** Some traders say disruptions elsewhere in Eurasia have pushed more cargo onto Central Asian routes.

## Uneven gains

Not everyone sees the numbers as an unqualified success. Economists in the region have long pointed to persistent trade deficits with China in several Central Asian countries, and to the concentration of exports in a small number of commodities.

"A record total does not tell you who captures the value," a trade economist at a university in Bishkek said. "The question for us is whether we sell more processed goods, not just more ore."

Officials in several capitals have responded by pressing for Chinese investment in local processing — food, textiles, metals — rather than pure import-export. Agricultural exports to China, such as fruit, nuts and meat, have grown from a low base as sanitary agreements have been signed, though producers say certification remains slow.

> "The border is faster than it was, but paperwork is still the real border," said the owner of a dried-fruit business in the Fergana Valley.

## What to watch

Three questions will shape whether the trend continues:

1. Whether new rail capacity, including the planned China–Kyrgyzstan–Uzbekistan railway, is delivered on schedule.
2. Whether customs digitalisation reduces the queues that still build up at peak season.
3. Whether Central Asian governments succeed in broadening their exports beyond energy and metals.

For more coverage of commercial ties, see our [trade section](/tag/trade).

*Figures in this article are as published by Chinese customs; conversions into US dollars are approximate.*[^1]

[^1]: Yuan-to-dollar conversions depend on the exchange rate used and may differ slightly between sources.
`,
};
