import type { DemoArticle } from '../types.ts';

export const oilPipelineArticle: DemoArticle = {
  slug: 'china-kazakhstan-oil-pipeline-two-decades',
  title: 'Two decades on, the China–Kazakhstan oil pipeline remains a quiet workhorse',
  excerpt:
    'The first crude oil pipeline to carry oil into China from abroad runs from western Kazakhstan to Xinjiang. Its story mirrors the growth of the wider relationship.',
  authorSlug: 'tom-hartley',
  tagSlugs: ['energy', 'trade'],
  language: 'en',
  publishedAt: '2025-10-09T07:00:00.000Z',
  bodyMarkdown: `For most people in Kazakhstan or China, the China–Kazakhstan crude oil pipeline is invisible: a buried steel line crossing steppe and desert, marked now and then by a pumping station. Yet it was the first pipeline to bring crude oil into China across a land border, and it remains one of the most important physical links between the two countries.

## Built in stages

The pipeline was not built in one go. It was assembled in sections over several years in the 2000s, eventually linking oilfields in western Kazakhstan with the Chinese border crossing at Alashankou, in Xinjiang. From there, crude flows on to refineries in western China.

The first oil crossed the border in the mid-2000s, after the eastern section between central Kazakhstan and the Chinese frontier was completed. A later section connected it westward towards the Caspian region, so that crude from fields far from China could enter the system.

Several features stand out:

- It is jointly owned, with a Chinese state oil company and Kazakhstan's national oil and gas company as partners.
- It carries both Kazakh crude and, under transit arrangements, some oil from other producers.
- It allowed Kazakhstan to add an eastern outlet to its traditional export routes to the west.

## A strategic balance

For Kazakhstan, which exports most of its oil westward, the pipeline offered a measure of diversification — a way not to depend on a single direction for its most valuable export. For China, it was an early step in building land-based supplies that do not rely on shipping through narrow straits.

"In the energy business, having two doors is always better than having one," an oil industry consultant in Astana said. "The eastern door is smaller, but it matters."

An operator at a pumping station in central Kazakhstan described the work as routine by design. "If people hear about the pipeline, it usually means something went wrong," he said. "Our job is to make sure nobody hears about it."

## Part of a larger network

The oil line is often mentioned alongside the Central Asia–China gas pipeline, whose lines A, B and C cross Turkmenistan, Uzbekistan and Kazakhstan. Together, the two systems form the backbone of the region's energy trade with China, and they were highlighted at both the Xi'an summit in 2023 and the Astana summit in 2025.

| Route | Main countries | Carries |
| ----- | -------------- | ------- |
| China–Kazakhstan oil pipeline | Kazakhstan, China | Crude oil |
| Central Asia–China gas pipeline (lines A, B, C) | Turkmenistan, Uzbekistan, Kazakhstan, China | Natural gas |

## Looking ahead

As China expands renewable energy at home, analysts debate how much imported oil the country will need in the coming decades. Kazakhstan, for its part, is seeking to refine more of its crude domestically and to develop petrochemicals, which could change what flows through the line.

For now, the pipeline keeps running, largely out of sight. As one retired engineer who worked on its construction put it: *"We built it to last longer than the arguments about it."*

Related: [how the gas pipeline reshaped the region](/tag/energy).[^1]

[^1]: This article describes the pipeline's construction in general terms; dates of individual sections vary between sources.
`,
};
