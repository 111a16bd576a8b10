// Developer references (issue 15, 2026-12-07, fourth session; docs/spam.md, "Developer
// references"): the links a technical blog's readers cite, an issue, a pull request or a commit on
// a code host, a library's documentation, a language's reference, a standard, a Stack Overflow
// answer. The text model learned "github" and "link to github.com" as spam's words, and a reader
// citing an issue was held or sent to spam for the link alone. Like reputable.ts's hosts, such a
// link is evidence of nothing by itself: it counts as a reference, and leaves `links`, only in a
// comment that sells, promotes and contacts nothing (analyze.ts, pasted-links.ts), so a crack on a
// GitHub release page or "star my repo" stays what it is.
import type { NormalizedText } from '../../text/normalize.ts';
import { registrableDomain } from '../../text/url.ts';

// Documentation, references, standards, package registries and Q&A sites, by registrable domain.
const DOCS = new Set(
  (
    'readthedocs.io readthedocs.org python.org pypi.org npmjs.com nodejs.org crates.io docs.rs ' +
    'rust-lang.org go.dev golang.org stackoverflow.com stackexchange.com serverfault.com superuser.com ' +
    'askubuntu.com mozilla.org w3.org whatwg.org ietf.org rfc-editor.org kernel.org man7.org ' +
    'postgresql.org sqlite.org redis.io kubernetes.io djangoproject.com palletsprojects.com ' +
    'celeryq.dev typescriptlang.org react.dev vuejs.org angular.dev kotlinlang.org swift.org ' +
    'ruby-lang.org rubygems.org php.net cppreference.com isocpp.org llvm.org gnu.org debian.org ' +
    'archlinux.org freebsd.org chromium.org webkit.org v8.dev unicode.org owasp.org lwn.net ' +
    'nginx.org apache.org numpy.org scipy.org pydata.org pytorch.org tensorflow.org jupyter.org ' +
    'git-scm.com python-poetry.org fastapi.tiangolo.com sqlalchemy.org'
  ).split(' '),
);

// Documentation hosts of companies whose main domain also sells: only these names.
const DOC_HOSTS = new Set(
  (
    'docs.docker.com learn.microsoft.com docs.microsoft.com developer.apple.com developer.android.com ' +
    'docs.aws.amazon.com docs.github.com docs.gitlab.com developers.google.com news.ycombinator.com'
  ).split(' '),
);

// Code hosts: a link to a repository or inside one (an issue, a pull request, a commit, a file), not
// to a user's page, a gist or a hosted site (github.io).
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com']);
const REPOSITORY_PATH = /^\/[\w.-]+\/[\w.-]+(?:[/?#]|$)/;

// Any project's documentation or tracker, by its address's shape (2026-12-07, seventh session;
// tech-reader-examples.ts): "The docs cover this: https://docs.nvidia.com/cuda/…", "Known issue:
// https://bugzilla.redhat.com/show_bug.cgi?id=…" were held or sent to spam, their hosts on no list.
// A host whose first label names documentation or a tracker (not Google's documents and sites), or
// a path to a documentation page, an issue or a knowledge-base article.
const DOC_LABEL =
  /^(?:docs?|developers?|learn|man|manpages|wiki|kb|bugs|bugzilla|jira|issues|youtrack|tracker)\.(?!google\.)[\w-]+\./;
const DOC_PATH =
  /^[^/?#]*\/(?:[^?#]*\/)?(?:(?:docs|documentation|manual|user-guide|faq)(?:[/#?.]|$)|kb\/\d|(?:issues?|bugs?|tickets?)\/[\w-]*\d|browse\/[a-z]+-\d|show_bug\.cgi\?id=\d|\+bug\/\d)/;

/** Whether a link is to a code host's repository or to developer documentation or references. */
export function isDevReference(url: string, domain: string): boolean {
  if (domain === '') return false;
  const host = domain.startsWith('www.') ? domain.slice(4) : domain;
  if (CODE_HOSTS.has(host)) {
    const link = url.toLowerCase();
    const at = link.indexOf(host);
    const path = link.slice(at + host.length);
    return REPOSITORY_PATH.test(path);
  }
  if (DOC_HOSTS.has(host) || DOCS.has(registrableDomain(domain)) || DOC_LABEL.test(host)) return true;
  const link = url.toLowerCase().replace(/^[a-z]+:\/\//, '');
  return DOC_PATH.test(link);
}

/** The links of a comment that are developer references, and their characters. */
export function devReferenceLinks(n: NormalizedText): { links: number; chars: number } {
  let links = 0;
  let chars = 0;
  for (let i = 0; i < n.urls.length; i++) {
    const url = n.urls[i] as string;
    if (isDevReference(url, n.domains[i] as string)) {
      links++;
      chars += url.length;
    }
  }
  return { links, chars };
}
