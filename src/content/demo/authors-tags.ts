import type { DemoAuthor, DemoTag } from './types.ts';

export const demoAuthors: DemoAuthor[] = [
  {
    slug: 'aigerim-sadykova',
    name: 'Aigerim Sadykova',
    email: 'aigerim.sadykova@example.org',
    bio: 'Almaty-based correspondent covering trade, customs and summit diplomacy across Kazakhstan and its neighbours.',
  },
  {
    slug: 'tom-hartley',
    name: 'Tom Hartley',
    email: 'tom.hartley@example.org',
    bio: 'Energy and infrastructure editor. Has reported on pipelines, railways and power projects in Eurasia for more than a decade.',
  },
  {
    slug: 'chen-liwei',
    name: 'Chen Liwei',
    email: 'chen.liwei@example.org',
    bio: 'Xi’an-based editor of the Chinese-language desk, writing on China’s relations with Central Asia.',
  },
  {
    slug: 'nodira-yusupova',
    name: 'Nodira Yusupova',
    email: 'nodira.yusupova@example.org',
    bio: 'Tashkent correspondent covering education, technology and the green economy in Uzbekistan, Kyrgyzstan and Tajikistan.',
  },
];

export const demoTags: DemoTag[] = [
  {
    slug: 'summits',
    name: 'Summits',
    description: 'Leaders’ meetings and the diplomacy of the China–Central Asia format.',
  },
  {
    slug: 'trade',
    name: 'Trade',
    description: 'Goods, customs figures and the businesses that move them across the region.',
  },
  {
    slug: 'energy',
    name: 'Energy',
    description: 'Oil and gas pipelines, power grids and the politics of energy supply.',
  },
  {
    slug: 'transport',
    name: 'Transport',
    description: 'Roads, railways, border crossings and dry ports linking China and Central Asia.',
  },
  {
    slug: 'visas',
    name: 'Visas & travel',
    description: 'Visa-free regimes, border rules and what they mean for travellers and tourism.',
  },
  {
    slug: 'education',
    name: 'Education',
    description: 'Universities, vocational training and student exchanges across the region.',
  },
  {
    slug: 'digital-economy',
    name: 'Digital economy',
    description: 'E-commerce, payments, data links and the technology firms entering Central Asian markets.',
  },
  {
    slug: 'green-transition',
    name: 'Green transition',
    description: 'Solar, wind and other low-carbon projects, and their effect on local communities.',
  },
];
