import type { DemoArticle } from './types.ts';
import { astanaSummitArticle } from './articles/astana-summit.ts';
import {
  cherryExpressEnArticle,
  cherryExpressRuArticle,
  cherryExpressZhArticle,
} from './articles/cherry-express.ts';
import { ckuCorridorArticle } from './articles/cku-corridor.ts';
import { digitalEconomyArticle } from './articles/digital-economy.ts';
import { gasPipelineArticle } from './articles/gas-pipeline.ts';
import { greenTransitionArticle } from './articles/green-transition.ts';
import { khorgosDryPortArticle } from './articles/khorgos-dry-port.ts';
import { lubanWorkshopsArticle } from './articles/luban-workshops.ts';
import { oilPipelineArticle } from './articles/oil-pipeline.ts';
import { ruVisaFreeArticle } from './articles/ru-visa-free.ts';
import { tajikHighwayArticle } from './articles/tajik-highway.ts';
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
  khorgosDryPortArticle,
  oilPipelineArticle,
  ruVisaFreeArticle,
  ckuCorridorArticle,
  tajikHighwayArticle,
  lubanWorkshopsArticle,
  cherryExpressEnArticle,
  cherryExpressRuArticle,
  cherryExpressZhArticle,
  digitalEconomyArticle,
  greenTransitionArticle,
];
