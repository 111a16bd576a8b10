// Held-out examples for developer references (issue 15, 2026-12-07, fourth session; docs/spam.md,
// "Developer references"): other hosts and wordings, written before any code change and measured
// once, after it.

/** Genuine (held out). */
export const DEV_REFERENCE_GENUINE_HELDOUT: readonly string[] = [
  'There is an open issue for exactly this: https://github.com/Bogdanp/dramatiq/issues/456',
  'Pinning urllib3 below 2 fixed it for us, background in https://github.com/urllib3/urllib3/issues/2168',
  'See the Postgres docs on advisory locks: https://www.postgresql.org/docs/current/explicit-locking.html',
  'The crate docs have an example with tokio: https://docs.rs/deadpool-redis/latest/deadpool_redis/',
  'The answer by the maintainer is worth reading: https://stackoverflow.com/a/61251234',
  'Kubernetes recommends a preStop hook for this: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/',
  'Мы наткнулись на то же самое, вот коммит с исправлением: https://github.com/redis/redis-py/commit/3b1e8a2',
  '在 Stack Overflow 上有人问过同样的问题：https://stackoverflow.com/questions/12345678',
  'Released in 5.1, notes here: https://docs.djangoproject.com/en/5.1/releases/5.1/',
  'APScheduler 4 migration guide: https://apscheduler.readthedocs.io/en/master/migration.html',
];

/** Spam (held out). */
export const DEV_REFERENCE_SPAM_HELDOUT: readonly string[] = [
  'FL Studio 21 crack + keygen free download: https://github.com/fl-crack/flstudio/releases/latest',
  'Please follow me on GitHub and star my repos, I follow back! https://github.com/follow4follow-dev',
  'Make money online with this free airdrop claimer, 100% working: https://github.com/airdrop-claim/bot',
  'Need a website? Affordable web design by our agency, portfolio: https://github.com/webagency-pro',
  'Бесплатные читы для CS2, скачать: https://github.com/cs2-cheats-free/aim',
  '破解版软件免费下载：https://github.com/pojie-soft/tools',
];
