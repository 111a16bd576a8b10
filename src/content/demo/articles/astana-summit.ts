import type { DemoArticle } from '../types.ts';

export const astanaSummitArticle: DemoArticle = {
  slug: 'astana-summit-opens-new-phase',
  title: 'Astana summit billed as the start of a “new phase” for China and Central Asia',
  excerpt:
    'Two years after the inaugural meeting in Xi’an, leaders of China and the five Central Asian states met in Astana and pledged to deepen cooperation from trade and energy into new fields.',
  authorSlug: 'aigerim-sadykova',
  tagSlugs: ['summits', 'trade'],
  language: 'en',
  publishedAt: '2025-06-18T15:45:00.000Z',
  updatedAt: '2025-06-19T09:10:00.000Z',
  bodyMarkdown: `ASTANA — The leaders of China and the five Central Asian countries closed their second summit in the Kazakh capital on a note of continuity and ambition, describing the meeting as opening a *new phase* of cooperation between the two sides.

The gathering followed the first China–Central Asia Summit, held in Xi'an in May 2023, which turned what had been a series of bilateral relationships into a regular six-country format. Delegates in Astana repeatedly referred back to that meeting as the foundation on which the new agenda was being built.

## From Xi'an to Astana

The choice of venues was symbolic. Xi'an, the ancient capital once known as Chang'an, is traditionally regarded as the eastern starting point of the old Silk Road. Astana is the city where the overland "Silk Road Economic Belt" was first proposed in 2013.

Between the two summits, officials point to several developments:

- trade between China and Central Asia reaching a record 674.15 billion yuan (about $94 billion), up 116% from 2013;
- visa-free travel between China and Kazakhstan, in force since November 2023;
- the signing of an agreement on the long-discussed China–Kyrgyzstan–Uzbekistan railway;
- new vocational training centres, known as Luban Workshops, opened in the region.

## What was on the table

Statements from the summit emphasised familiar pillars — energy, transport and trade — but gave unusual prominence to newer fields. Delegations spoke of cooperation in the digital economy, cross-border e-commerce, renewable energy, and the training of engineers and technicians.

"The first summit was about showing that the format exists," a diplomat from one of the Central Asian delegations said on the sidelines. "This one is about filling it with projects that people can see."

A Kazakh business representative attending a side forum was more cautious. "Announcements are easy," he said. "What counts is whether a factory opens in Shymkent or Karaganda, not only another warehouse."

> Several participants described the relationship as moving from *connectivity* — pipelines, roads and railways — towards *co-development*, in which Central Asian economies build industries of their own.

## Reaction in the region

Commentators in Central Asian media welcomed the attention but noted long-standing concerns, including trade imbalances, the environmental footprint of mining projects, and the terms of infrastructure loans. Civil-society groups in several countries have called for more transparency around large contracts.

Chinese commentary, for its part, framed the summit as evidence that the six-country mechanism had become a stable fixture, with leaders expected to keep meeting on a regular basis.

## Next steps

Officials said working groups would follow up in several areas. Among the priorities mentioned by participants:

1. Expanding rail and road capacity at border crossings.
2. Simplifying customs and phytosanitary procedures for agricultural exports.
3. Joint projects in solar and wind power.
4. More student exchanges and technical training.

*This article was updated on 19 June to add reaction from regional commentators.*

See all coverage in our [summits section](/tag/summits).
`,
};
