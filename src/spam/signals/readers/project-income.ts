// A reader's own open-source or creator income beside the project's repository or documentation
// (issue 15, 2026-12-07, fifth session; docs/spam.md, "Open gaps"): "I make about $2,000 a month
// from GitHub Sponsors for my library, here is the repo: <github>", «получаю около 50 000 в месяц
// через Boosty за свою библиотеку, репозиторий: <github>», 我的开源项目每个月有两千块赞助，代码在这：
// <github>. `earnings-offer`'s older "I make $X a month" beside a link read any link as the pitch's;
// a link to the project's own repository or documentation (dev-references.ts) shows the work the
// money is for. It counts nothing when the comment names the project's funding or the project as
// the writer's own, links only to developer references, and addresses nobody: no "you can too",
// "join", "here is how", no code, no messenger, no e-mail or phone. A bot "on GitHub" that makes
// "$3k a month, download it" names neither and stays an offer.
import type { NormalizedText } from '../../text/normalize.ts';
import { isDevReference } from './dev-references.ts';

// The project's funding, or the project named as the writer's own.
const OWN_PROJECT =
  /\b(?:github\s+sponsors|sponsors?|sponsorship|open\s*collective|patreon|liberapay|ko-fi|donations?|donors|(?:my|our)\s+(?:[\w.+#-]+\s+){0,2}?(?:library|lib|crate|package|plugin|extension|add-?on|parser|module|gem|project|repo|tool|framework|app|theme)|paid\s+(?:tier|version|plan)|pro\s+version)\b|спонсор|донат|пожертвован|boosty|бусти|(?:сво|мо|наш)\p{L}*\s+(?:библиотек|плагин|пакет|расширени|проект)|赞助|贊助|捐赠|捐贈|打赏|打賞|我的开源|我的開源|我维护的|我維護的|我(?:业余|業餘)?(?:做|写|寫|开发|開發)的/u;

// Addressed to the reader, or a way in: what makes the income an offer after all.
const ADDRESSED =
  /\b(?:you\s+can|you\s+could|you\s+too|you'?ll|anyone\s+can|join|sign\s+up|register|here(?:'s|\s+is)\s+how|this\s+is\s+how|start\s+earning|from\s+home|passive|side\s+hustle|dm|message\s+me|ask\s+me|(?:promo|invite|invitation|referral|ref|bonus)\s+code|my\s+code|telegram|whatsapp)\b|ты\s+тоже|вы\s+тоже|сможе|присоедин|переходи|повтор|вот\s+как|пиши|промокод|телеграм|你也|加入|教程|私信|加我|微信|邀请码|邀請碼/u;

/**
 * How many `earnings-offer` phrases to take back (`earnings`, all of them) when the income is the
 * reader's own project's beside its repository or documentation, addressed to nobody; else 0.
 */
export function ownProjectIncome(n: NormalizedText, earnings: number): number {
  if (earnings === 0 || n.urls.length === 0 || n.emails + n.phones > 0) return 0;
  for (let i = 0; i < n.urls.length; i++)
    if (!isDevReference(n.urls[i] as string, n.domains[i] ?? '')) return 0;
  return OWN_PROJECT.test(n.text) && !ADDRESSED.test(n.text) ? earnings : 0;
}
