import type { DemoArticle } from '../types.ts';

export const digitalEconomyArticle: DemoArticle = {
  slug: 'digital-silk-road-e-commerce-central-asia',
  title: 'Parcels, payments and platforms: the digital turn in China–Central Asia ties',
  excerpt:
    'Cross-border e-commerce, online payments and data links are becoming a new layer of cooperation on top of the region’s roads and pipelines. Small businesses are among the first to feel the change.',
  authorSlug: 'nodira-yusupova',
  tagSlugs: ['digital-economy', 'trade'],
  language: 'en',
  publishedAt: '2026-07-15T11:30:00.000Z',
  bodyMarkdown: `TASHKENT — In a rented office above a bakery, a team of six young people runs an online shop selling phone accessories, kitchen gadgets and children's toys. Almost everything they sell is ordered from Chinese suppliers and delivered to customers across Uzbekistan within days.

"Our warehouse is in China, our customers are in Uzbekistan, and our office is a laptop," the shop's co-founder said. "Five years ago this business did not exist."

Scenes like this are becoming common across Central Asia, as cooperation with China moves beyond energy and heavy infrastructure into the **digital economy** — a theme that featured prominently at the second China–Central Asia Summit in Astana in June 2025.

## Three layers of change

People working in the sector describe the change as happening on three levels.

### 1. Cross-border e-commerce

Online marketplaces, both local and international, now offer Central Asian consumers access to a vast range of Chinese goods. Bonded warehouses and consolidated parcel shipments have cut delivery times.

### 2. Payments

Cross-border payments have long been a friction point for small traders. Banks and payment firms in the region have been working to make it easier to pay Chinese suppliers and to accept payments from Chinese tourists, whose numbers have grown since visa rules were eased.

### 3. Infrastructure

Behind the storefronts sit data centres, fibre-optic cables and mobile networks. Chinese telecommunications equipment is widely used in the region, and governments have announced plans for data centres and digital public services.

## Who benefits

The growth of e-commerce has created new jobs in delivery, warehousing, customer service and online marketing. It has also exposed local producers to intense competition.

- **Consumers** gain choice and lower prices.
- **Young entrepreneurs** can start trading with little capital.
- **Local manufacturers** of clothing and household goods face pressure from cheaper imports.
- **Governments** must adapt customs rules designed for containers, not millions of small parcels.

> "For the customer it is convenience. For the customs officer it is a flood," a customs broker in Almaty said.

## Going the other way

Some Central Asian businesses are trying to reverse the flow by selling to Chinese consumers online. Dried fruit, honey, nuts and handmade textiles are among the products that sellers hope can find buyers through Chinese platforms.

"Chinese buyers like the story — mountains, clean air, traditional methods," said an Uzbek exporter of dried apricots. "But they also expect perfect packaging and fast delivery, and we are still learning."

## Skills and rules

Experts in the region point to two gaps that will determine how far the digital turn goes. The first is skills: programmers, data analysts and digital marketers are in short supply. The second is regulation: rules on data protection, consumer rights and online taxation are still being written in several countries.

A technology investor in Bishkek was optimistic nonetheless. "The roads took decades," he said. "The digital routes can be built in years — if we train the people."

For more, follow our [digital economy coverage](https://example.org/tag/digital-economy).
`,
};
