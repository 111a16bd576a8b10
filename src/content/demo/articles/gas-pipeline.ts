import type { DemoArticle } from '../types.ts';

export const gasPipelineArticle: DemoArticle = {
  slug: 'central-asia-china-gas-pipeline-three-lines',
  title: 'Three lines, four countries: how the Central Asia–China gas pipeline reshaped a region',
  excerpt:
    'Since its first line opened in 2009, the pipeline carrying Turkmen gas through Uzbekistan and Kazakhstan to China has become the backbone of the region’s energy ties with Beijing.',
  authorSlug: 'tom-hartley',
  tagSlugs: ['energy'],
  language: 'en',
  publishedAt: '2025-04-22T06:15:00.000Z',
  bodyMarkdown: `When the first line of the Central Asia–China gas pipeline was inaugurated in December 2009, it changed a basic fact of regional geography: for the first time, Turkmenistan's enormous gas reserves had a large-scale export route that did not pass through Russia.

More than fifteen years later, the pipeline system — known as lines A, B and C — runs from gas fields in Turkmenistan, across Uzbekistan and southern Kazakhstan, to the Chinese border at Khorgos. There it connects to China's domestic network, which carries the gas east towards the country's coastal cities.

## A timeline

| Year | Milestone |
| ---- | --------- |
| 2009 | Line A inaugurated by the leaders of China, Turkmenistan, Uzbekistan and Kazakhstan |
| 2010 | Line B, running parallel to Line A, completed |
| 2014 | Line C begins deliveries, raising total capacity |
| 2023 | First China–Central Asia Summit in Xi'an; energy cooperation among its main themes |
| 2025 | Second summit in Astana |

The three lines run largely side by side. Their construction was financed and built with heavy Chinese involvement, and China's national oil company operates in partnership with state companies in each transit country.

## Why it matters

For Turkmenistan, the pipeline turned China into its dominant gas customer within a few years. For Uzbekistan and Kazakhstan, it brought transit fees and the option to sell some of their own gas into the same system. For China, it provided a land-based supply that does not depend on sea lanes, complementing imports of liquefied natural gas.

"The pipeline is not glamorous, but it is the reason the relationship has weight," an energy analyst in Tashkent said. "Everything else — roads, trade fairs, summits — is built on top of it."

An engineer who worked on compressor stations in southern Kazakhstan recalled the pace of construction. "We were told the schedule was political, and it was," he said. "But the welding still had to be right."

## The missing line

A fourth route, often called Line D, has been discussed for years. It would take a different path, through Uzbekistan, Tajikistan and Kyrgyzstan, rather than Kazakhstan. Its construction has been repeatedly delayed, and its timetable remains unclear.

Supporters argue it would bring transit revenues to two of the region's poorer economies. Sceptics note that gas demand forecasts in China have shifted as the country adds large amounts of solar and wind capacity.

## Domestic pressures

One complication has become more visible in recent winters: rising domestic consumption in Uzbekistan and Kazakhstan. Both countries have growing populations and expanding industry, and both have at times cut exports to keep homes heated.

- Uzbekistan has reduced its own gas exports in some periods to meet domestic demand.
- Kazakhstan has invested in gas processing and distribution within the country.
- Turkmenistan remains the main supplier to the system.

That leaves the pipeline as a long-term commitment that each of the four governments must balance against its own needs. For now, officials in all four countries continue to describe it as a cornerstone of their relations — a phrase that, in this case, is close to literal.

Related: our reporting on the [China–Kazakhstan crude oil pipeline](/tag/energy).
`,
};
