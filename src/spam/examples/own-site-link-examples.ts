// Development and held-out examples of readers who link to the publication's own pages (issue 15,
// 2026-12-07, evening; docs/spam.md, "The site's own pages"): an earlier article, a broken chart,
// a related story, in three scripts; each scored with the site's address given (`site`, Akismet's
// `blog`), as the comment form and the Akismet API do. And spam that links to the site beside its
// own channel, which must stay spam. Written before any code change; the held-out batches were
// measured once before and once after.
import type { CommentInput } from '../analyze.ts';

const SITE = 'https://silkpress.example';
const on = (content: string): CommentInput => ({ content, site: SITE });

/** Readers linking to the site's own pages (development, genuine). */
export const OWN_SITE_GENUINE_DEV: readonly CommentInput[] = [
  on(
    'You covered this last year, and the numbers were different: https://silkpress.example/news/2025/khorgos-volumes',
  ),
  on('Related: https://silkpress.example/news/2026/11/visa-free-regime'),
  on('The chart link leads to an empty page, could you check? https://silkpress.example/charts/gas-2026'),
  on('Broken link: https://silkpress.example/news/khorgos-2026 returns page not found'),
  on('Ваша же статья за март: https://silkpress.example/ru/news/2026/03/gas-prices'),
  on('你们三月份的报道说的不一样：https://silkpress.example/zh/news/2026/03/gas-prices'),
];

/** Spam that links to the site too (development, spam). */
export const OWN_SITE_SPAM_DEV: readonly CommentInput[] = [
  on(
    'Great post like https://silkpress.example/news/2026/11/visa-free-regime ! Cheap visa support 24/7, WhatsApp +7 701 555 0101',
  ),
  on('Read https://silkpress.example/news/gas and then buy followers at https://fastfollowers.shop'),
  on(
    'Займы без отказа за 5 минут https://zaim-bystro.ru , как писали тут https://silkpress.example/ru/news/credit',
  ),
];

/** Readers linking to the site's own pages (held out, genuine). */
export const OWN_SITE_GENUINE_HELDOUT: readonly CommentInput[] = [
  on('This contradicts your own report from June: https://silkpress.example/news/2026/06/line-d-delay'),
  on('The photo gallery https://silkpress.example/photos/summit-2026 does not load on my phone.'),
  on('Part two of this series, for anyone looking: https://silkpress.example/news/2026/12/rail-part-2'),
  on('Ссылка на карту не работает: https://silkpress.example/ru/maps/pipelines'),
  on('上一篇在这里：https://silkpress.example/zh/news/2026/11/visa'),
];

/** Spam that links to the site too (held out, spam). */
export const OWN_SITE_SPAM_HELDOUT: readonly CommentInput[] = [
  on(
    'Nice article https://silkpress.example/news/1 . Earn $500 a day from home, details: https://easy-cash-daily.site',
  ),
  on('代办签证，加急三天出签，微信 visa8899，参考 https://silkpress.example/zh/news/visa'),
];
