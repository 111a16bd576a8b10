import type { DemoArticle } from '../types.ts';

export const lubanWorkshopsArticle: DemoArticle = {
  slug: 'luban-workshops-train-technicians',
  title: 'Luban Workshops bet on technicians, not just diplomas',
  excerpt:
    'Vocational training centres named after an ancient Chinese craftsman have opened in Tajikistan, Kazakhstan and elsewhere in the region. Students and employers describe what they offer — and what they do not.',
  authorSlug: 'nodira-yusupova',
  tagSlugs: ['education'],
  language: 'en',
  publishedAt: '2026-05-06T10:05:00.000Z',
  bodyMarkdown: `DUSHANBE — In a workshop at a technical university, a group of students gathers around a robotic arm. Their instructor, who trained in China, switches between Tajik, Russian and a few words of Mandarin as he explains how to calibrate it.

This is one of the *Luban Workshops*, vocational training centres that China has set up in partnership with colleges and universities abroad. They are named after Lu Ban, a legendary craftsman and engineer from ancient China who is still regarded as a patron figure of carpenters and builders. Many of the workshops have been developed with vocational colleges from the northern Chinese city of Tianjin.

## What the workshops do

In Central Asia, workshops have opened in Tajikistan and Kazakhstan, among other countries. Their programmes vary, but they typically share some common elements:

- equipment supplied from China, such as training rigs for automation, electrical engineering or vehicle maintenance;
- curricula developed jointly by Chinese and local institutions;
- training for local instructors, sometimes with periods of study in China;
- links with companies that may later hire graduates.

"Students here have read about these machines in textbooks," the Dushanbe instructor said. "Now they can take them apart."

## Why technicians

Across Central Asia, employers have long complained of a shortage of skilled technicians — electricians, welders, mechanics, maintenance engineers — even as universities produce large numbers of graduates in law and economics.

The growth of Chinese-invested factories, mines and energy projects in the region has sharpened that demand. Companies that once brought in technicians from abroad face pressure from governments to hire and train local staff.

> "Every government wants local jobs in the projects," a human-resources manager at a Chinese-invested company in Kazakhstan said. "Local jobs need local skills, and skills need workshops."

## Students' view

Students interviewed for this article were broadly positive, though their expectations differed.

1. Some see the workshops as a route to jobs with Chinese companies operating locally.
2. Others hope to use the training to study further in China.
3. A few simply value modern equipment that their institutions could not otherwise afford.

"I want to work in renewable energy," a second-year student in Kazakhstan said. "Solar plants need people who can fix inverters, not only people who can sign contracts."

## Questions that remain

Education specialists in the region raise several questions. How far will local institutions be able to maintain and replace imported equipment once initial support ends? Will qualifications be recognised by employers beyond Chinese-invested companies? And will training be available in local languages rather than mainly in Russian or Chinese?

An education researcher in Almaty put it simply: "A workshop is a good start. A system is what lasts."

Both the Xi'an summit in 2023 and the Astana summit in 2025 highlighted people-to-people exchanges and vocational training as areas for further cooperation, suggesting that more such centres are likely to follow.

More stories on schools, universities and training are collected in our [education section](/tag/education).
`,
};
