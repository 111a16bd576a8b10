// Development examples for links to code hosts and developer documentation (issue 15, 2026-12-07,
// fourth session; docs/spam.md, "Developer references"), written before any code change. The
// readers of a technical blog cite an issue, a pull request, a commit, the library's documentation
// or a Stack Overflow answer; spam posts the same hosts with a crack, a star request, a shop or
// earnings.

/** Readers citing code hosts and documentation (genuine). */
export const DEV_REFERENCE_GENUINE: readonly string[] = [
  'This looks like the known race in the worker shutdown: https://github.com/encode/uvicorn/issues/1579',
  'The fix was merged last week, see https://github.com/psf/requests/pull/6710, so just upgrade to 2.32.',
  'The docs say the pool is per process, not per thread: https://docs.celeryq.dev/en/stable/userguide/workers.html',
  'Same question answered here, the accepted answer explains the GIL part: https://stackoverflow.com/questions/3044580',
  'Changelog for the breaking change: https://gitlab.com/gitlab-org/gitlab-runner/-/blob/main/CHANGELOG.md',
  'asyncio.TaskGroup is described in https://docs.python.org/3/library/asyncio-task.html#task-groups, it cancels the siblings on error.',
  'Обсуждение этой ошибки есть в трекере: https://github.com/django/django/pull/17554',
  'Документация прямо говорит, что таймаут в секундах: https://redis-py.readthedocs.io/en/stable/connections.html',
  '这个 bug 在上游已经修复了，见 https://github.com/pallets/flask/issues/5342',
  '官方文档有说明：https://docs.djangoproject.com/en/5.0/topics/async/',
  'For Node the equivalent is worker_threads: https://nodejs.org/api/worker_threads.html',
  'MDN has a good page on it: https://developer.mozilla.org/en-US/docs/Web/API/Web_Workers_API',
  'I reproduced it with the minimal repo here https://github.com/someuser/dramatiq-repro — run `make test` and it hangs.',
  'RFC 9110 defines the semantics you are describing: https://www.rfc-editor.org/rfc/rfc9110',
];

/** Spam on the same hosts (spam). */
export const DEV_REFERENCE_SPAM: readonly string[] = [
  'Free download Adobe Premiere Pro crack 2026 full version: https://github.com/crackhub-free/premiere-pro/releases',
  'Check out my new project on GitHub and please give it a star!! https://github.com/coolguy99/awesome-bot',
  'Earn $500 a day with this trading bot, source code here: https://github.com/profit-bot/auto-trader',
  'Free robux generator 2026 no human verification https://github.com/robux-gen/robux-free',
  'Buy cheap GitHub stars and followers, fast delivery: https://github.com/starsellers/buy-stars',
  'Great post! Our company offers the best Django development services, see our work: https://github.com/devshop-agency',
  'Скачать активатор Windows 11 бесплатно без вирусов: https://github.com/kms-free/activator',
  '免费领取会员账号，亲测有效 https://github.com/vip-free/accounts',
];
