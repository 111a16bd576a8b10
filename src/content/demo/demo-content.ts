import type { DemoArticle } from './types.ts';
import { astanaSummitArticle } from './articles/astana-summit.ts';
import { gasPipelineArticle } from './articles/gas-pipeline.ts';
import { tradeRecordArticle } from './articles/trade-record.ts';
import { zhSummitTradeArticle } from './articles/zh-summit-trade.ts';

export type { DemoArticle, DemoAuthor, DemoPage, DemoTag } from './types.ts';
export { demoAuthors, demoTags } from './authors-tags.ts';
export { demoPages } from './pages.ts';

/** Demo articles shown by a fresh install, oldest first. */
export const demoArticles: DemoArticle[] = [
  tradeRecordArticle,
  gasPipelineArticle,
  astanaSummitArticle,
  zhSummitTradeArticle,
];
