import type { DemoArticle } from '../types.ts';

export const ckuCorridorArticle: DemoArticle = {
  slug: 'china-kyrgyzstan-uzbekistan-road-and-rail',
  title: 'China–Kyrgyzstan–Uzbekistan corridor: trucks today, a railway tomorrow',
  excerpt:
    'Lorries already cross the mountains from Kashgar to the Fergana Valley along the China–Kyrgyzstan–Uzbekistan highway. A long-planned railway on a similar path is now moving from paper to practice.',
  authorSlug: 'nodira-yusupova',
  tagSlugs: ['transport', 'trade'],
  language: 'en',
  publishedAt: '2026-01-20T09:25:00.000Z',
  bodyMarkdown: `OSH, Kyrgyzstan — On the road out of Osh towards the Chinese border, the traffic tells the story. Chinese-registered trucks loaded with building materials and household goods head west; Uzbek and Kyrgyz lorries carrying fruit and textiles wait their turn to go east.

This is the China–Kyrgyzstan–Uzbekistan highway, a multimodal road route that links Kashgar in China's Xinjiang region with Tashkent via southern Kyrgyzstan and the Fergana Valley. It has carried commercial traffic since the late 2010s and has become a common choice for freight forwarders who want to avoid the longer route through Kazakhstan.

## The road

The highway is less a single new road than a chain of upgraded sections and border crossings. Its importance lies in the agreements that allow trucks to travel the whole route under common transit rules.

"Before, every border was a negotiation," a Kyrgyz truck driver said at a roadside café near the Irkeshtam crossing. "Now at least the documents are the same from one end to the other."

Drivers and forwarders still describe the main problems in familiar terms:

- queues at border crossings in peak season;
- mountain passes that close or slow down in winter;
- the cost of fuel and repairs on steep gradients;
- differences in axle-load rules between countries.

## The railway

For more than two decades, planners have discussed a railway to complement the road. The China–Kyrgyzstan–Uzbekistan railway would run from Kashgar through the mountains of Kyrgyzstan to the Uzbek railway network in the Fergana Valley, creating a shorter rail link between China and Central Asia's most populous country and onward routes to the south and west.

In 2024 the three governments signed an intergovernmental agreement on the project, a step that observers in the region described as the moment the railway stopped being only a diagram on a map.

Key questions that delayed the project for years included:

1. **Route.** Which towns and valleys in Kyrgyzstan the line should serve.
2. **Gauge.** China uses standard gauge, while Kyrgyzstan and Uzbekistan use the broader gauge of the former Soviet network, so transfer points are unavoidable.
3. **Financing.** How construction costs and debt would be shared.
4. **Terrain.** The line must cross high mountains, requiring tunnels and bridges.

> "A railway through these mountains is not a project for one government's term," a transport economist in Tashkent said. "It is a project for a generation."

## What it could change

For Uzbekistan, the railway promises a shorter route for exports of agricultural products and textiles to China, and a new transit role. For Kyrgyzstan, supporters hope it will bring transit revenue and jobs to the south of the country. Critics point to the debt burden and ask whether the country will capture enough of the value.

A farmer near Jalal-Abad, whose land lies close to one of the discussed alignments, summed up local feelings: "If it brings work, good. If it only brings noise, we will see."

For background on the wider network, see our [transport section](/tag/transport) and the story of the [Khorgos dry port](/tag/trade).
`,
};
