import type { DemoArticle } from '../types.ts';

export const greenTransitionArticle: DemoArticle = {
  slug: 'solar-and-wind-central-asia-green-transition',
  title: 'Sun, wind and steppe: Central Asia’s green transition draws Chinese partners',
  excerpt:
    'Solar parks in Uzbekistan and wind farms on the Kazakh steppe are becoming a visible part of China–Central Asia cooperation. Supporters see jobs and cleaner power; critics ask about grids, debt and local benefit.',
  authorSlug: 'tom-hartley',
  tagSlugs: ['green-transition', 'energy'],
  language: 'en',
  publishedAt: '2026-09-24T07:40:00.000Z',
  updatedAt: '2026-10-02T13:15:00.000Z',
  bodyMarkdown: `NAVOI REGION, Uzbekistan — Rows of solar panels stretch towards the horizon across land that, a few years ago, was used only for grazing. A maintenance crew moves slowly between them, checking connections and brushing off desert dust.

Projects like this are part of a broader shift in Central Asia, where governments have set out to add large amounts of solar and wind power to electricity systems long dominated by gas, coal and hydropower. Chinese companies — as manufacturers, contractors and investors — have become central to many of these projects.

## Why now

Several factors are pushing the region towards renewables:

- **Domestic demand.** Growing populations and industries need more electricity, and winter shortages have exposed weaknesses in ageing systems.
- **Gas for export or industry.** Every unit of gas not burned for power can be used elsewhere.
- **Costs.** Prices of solar panels and wind turbines have fallen sharply, in large part because of manufacturing scale in China.
- **Policy.** The second China–Central Asia Summit in Astana in June 2025 listed the green transition among the main areas of future cooperation.

"Ten years ago, solar here was a pilot project," an energy ministry adviser in Tashkent said. "Now it is a line in the national budget."

## Kazakhstan's wind

In Kazakhstan, the steppe offers strong and steady winds. Wind farms built with Chinese equipment and partners have come online in several regions, and more are planned.

A technician at a wind farm in southern Kazakhstan described the learning curve. "The first turbines came with Chinese engineers for everything," he said. "Now most of the shift is local. We call the manufacturer only for the big problems."

## The grid problem

Adding solar and wind is only half the task. Both produce power intermittently, and much of Central Asia's grid was designed decades ago for a small number of large, steady power plants.

Engineers and analysts point to three needs:

1. **Storage**, including batteries, to smooth out daily variations.
2. **Transmission lines** to carry power from sunny and windy areas to cities.
3. **Regional trading**, so that countries can share surpluses — an idea with roots in the Soviet-era Central Asian power system.

> "You can build a solar park in eighteen months. A transmission line can take much longer," a grid engineer in Almaty said. "That is where the real bottleneck is."

## Local benefit and scrutiny

Civil-society groups and independent economists in the region have welcomed cleaner power but raised questions about the terms of some projects, including long-term power purchase agreements, the share of local content, and land use affecting herders.

Chinese partners, for their part, emphasise training programmes and the hiring of local staff. Some graduates of vocational programmes, including the Luban Workshops, now work at renewable energy sites.

## What comes next

The next phase, analysts say, may involve manufacturing as well as installation — assembling panels, producing components or building batteries within Central Asia itself. Whether that happens will depend on market size, electricity prices and the willingness of investors to locate factories in the region.

For a farmer who leases part of his land to a solar park near Navoi, the change is already tangible. "The sheep still graze between the panels," he said. "And now I have a second income."

*Updated on 2 October 2026 to add comments from a grid engineer on transmission constraints.*[^1]

[^1]: Project details vary by country and are based on public announcements; this article does not list individual contracts.

Follow the [green transition](/tag/green-transition) tag for more.
`,
};
