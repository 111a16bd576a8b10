import type { DemoArticle } from '../types.ts';

export const tajikHighwayArticle: DemoArticle = {
  slug: 'china-tajikistan-highway-kulma-pass',
  title: 'Over the Pamirs: the China–Tajikistan highway and the Kulma crossing',
  excerpt:
    'The only road crossing between China and Tajikistan climbs to more than 4,000 metres. For traders in the Pamirs, the China–Tajikistan highway is both a lifeline and a test of endurance.',
  authorSlug: 'nodira-yusupova',
  tagSlugs: ['transport', 'trade'],
  language: 'en',
  publishedAt: '2026-03-10T06:50:00.000Z',
  bodyMarkdown: `MURGHAB, Tajikistan — At this altitude, even a routine journey is an undertaking. Trucks loaded with goods from China grind up switchbacks on the Pamir plateau, their drivers watching the sky as much as the road.

The China–Tajikistan highway is the name commonly given to the route that links Tajikistan with China's Xinjiang region through the Kulma Pass, the single road border crossing between the two countries. Sections of Tajikistan's road network on the way to the border have been rebuilt with Chinese financing and contractors, making the journey faster and safer than it was two decades ago.

## A road at the edge of the map

The crossing lies at more than 4,000 metres above sea level, in a landscape of high valleys, glaciers and thin air. Snow, avalanches and landslides can interrupt traffic, and the pass has historically operated on a seasonal schedule.

"In winter you do not ask when you will arrive," a Tajik driver said. "You ask whether you will arrive."

For residents of the Gorno-Badakhshan region, which is home to a small population spread over a vast mountainous territory, the road is a key supply line. Shops in Murghab and Khorog sell Chinese-made clothing, tools and food that arrive this way.

## Why it matters

Tajikistan is landlocked and mountainous, and transport costs weigh heavily on its economy. The highway offers:

- a direct overland link to Chinese suppliers of consumer goods and building materials;
- a route for Tajik exports, including minerals and agricultural products;
- an alternative to longer routes through neighbouring countries.

A trader in Dushanbe who imports household goods described the change: "My grandfather's generation thought of China as very far. For me, it is the nearest big market."

## Costs and concerns

The road projects have also drawn debate. Some economists in Tajikistan have raised concerns about the level of external debt associated with infrastructure, and environmental groups point to the fragility of high-mountain ecosystems.

Officials, for their part, present the highway as part of a broader effort to turn Tajikistan from a "landlocked" into a "land-linked" country — a phrase used by several governments in the region.

| Feature | Detail |
| ------- | ------ |
| Border crossing | Kulma Pass (Tajikistan) / Karasu (China) |
| Altitude | More than 4,000 metres |
| Main challenge | Weather, landslides and seasonal closures |
| Main cargo into Tajikistan | Consumer goods, machinery, building materials |

## The road ahead

Transport planners in Dushanbe say the next priorities are better maintenance, modern customs facilities and improved services for drivers along the route — fuel stations, repair shops and places to rest at altitude.

> "Building the road was the first chapter," a Tajik transport official said at a regional conference. "Keeping it open every day is the harder one."

For our coverage of other routes across the region, including the [China–Kyrgyzstan–Uzbekistan corridor](/tag/transport), visit the transport section.
`,
};
