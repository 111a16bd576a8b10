// Authors and terms of an import: WordPress users become Silkpress users (matched or created
// as password-less contributors), categories and tags become tags. Cached for the whole run.
import { slugFromTitle, uniqueSlug } from '../../kernel/slug.ts';
import type { ImportStore } from './import-types.ts';
import { htmlToPlainText } from './convert/html-text.ts';
import type { WxrAuthor, WxrItemCategory, WxrTerm } from './parse/wxr-records.ts';

/** Where `--authors map.json` sends a WordPress login: a Silkpress user's email or id. */
export type AuthorTarget = { email: string } | { id: number };

/** What resolving produced, for the report. */
export interface ResolveEvents {
  created(kind: 'authors' | 'tags', what: string): void;
  matched(kind: 'authors' | 'tags'): void;
  warn(message: string): void;
}

/** Resolves WordPress logins to Silkpress user ids. */
export class AuthorResolver {
  private readonly declared = new Map<string, WxrAuthor>();
  private readonly ids = new Map<string, number>();
  private readonly byWpId = new Map<number, string>();

  constructor(
    private readonly source: string,
    private readonly targets: ReadonlyMap<string, AuthorTarget>,
    private readonly now: () => Date,
  ) {}

  /** Remembers a `wp:author` (resolved when first needed, inside a batch). */
  declare(author: WxrAuthor): void {
    if (!this.declared.has(author.login)) this.declared.set(author.login, author);
    if (author.wpId !== null) this.byWpId.set(author.wpId, author.login);
  }

  /** The Silkpress user a comment's WordPress `user_id` belongs to, if already resolved. */
  userIdOfWpUser(wpId: number | null): number | null {
    const login = wpId === null ? undefined : this.byWpId.get(wpId);
    return login === undefined ? null : (this.ids.get(login) ?? null);
  }

  /** The user id for `login`: mapped, imported before, matched by email or slug, or created. */
  async resolve(store: ImportStore, rawLogin: string, events: ResolveEvents): Promise<number> {
    const login = rawLogin.trim() || 'wordpress';
    const known = this.ids.get(login);
    if (known !== undefined) return known;
    const id = await this.find(store, login, events);
    this.ids.set(login, id);
    return id;
  }

  private async find(store: ImportStore, login: string, events: ResolveEvents): Promise<number> {
    const target = this.targets.get(login);
    if (target) {
      const id = await store.findUserId('id' in target ? { id: target.id } : { email: target.email });
      if (id !== null) return id;
      events.warn(`--authors maps "${login}" to a user that does not exist: matching it by email instead`);
    }
    const key = `${this.source}|author:${login}`;
    const mapped = (await store.mappedIds('author', [key])).get(key);
    if (mapped !== undefined) {
      events.matched('authors');
      return mapped;
    }
    const author = this.declared.get(login);
    if (!author) events.warn(`author "${login}" is not in the file's author list: created from the login`);
    const email = author?.email.trim() || `${slugFromTitle(login)}@imported.invalid`;
    const slug = slugFromTitle(login);
    const existing = (await store.findUserId({ email })) ?? (await store.findUserId({ slug }));
    if (existing !== null) {
      events.matched('authors');
      await store.addMappings('author', [{ key, id: existing }], this.now());
      return existing;
    }
    const name = htmlToPlainText(author?.displayName || '').trim() || login;
    const id = await store.createContributor(
      { email, name, slug: await uniqueSlug(slug, (s) => store.userSlugTaken(s)) },
      this.now(),
    );
    await store.addMappings('author', [{ key, id }], this.now());
    events.created('authors', name);
    return id;
  }
}

/** Resolves categories and tags to Silkpress tag ids; nested categories are named "Parent › Child". */
export class TermResolver {
  private readonly categories = new Map<string, WxrTerm>();
  private readonly declared = new Map<string, WxrTerm>();
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly source: string,
    private readonly now: () => Date,
  ) {}

  /** Remembers a term from the file's header. */
  declare(term: WxrTerm): void {
    if (term.taxonomy === 'category') this.categories.set(term.slug, term);
    this.declared.set(`${term.taxonomy}:${term.slug}`, term);
  }

  /** The category with this slug, for legacy paths of nested categories. */
  category(slug: string): WxrTerm | undefined {
    return this.categories.get(slug);
  }

  /** "Parent › Child" for nested categories, the plain name otherwise. */
  displayName(term: Pick<WxrTerm, 'taxonomy' | 'name' | 'parentSlug'>): string {
    const names = [htmlToPlainText(term.name).trim()];
    const seen = new Set<string>();
    for (let p = term.taxonomy === 'category' ? term.parentSlug : null; p && !seen.has(p);) {
      seen.add(p);
      const parent = this.categories.get(p);
      if (!parent) break;
      names.unshift(htmlToPlainText(parent.name).trim());
      p = parent.parentSlug;
    }
    return names.join(' › ');
  }

  /** True for terms that become tags (WordPress's default "Uncategorized" does not). */
  static isTagLike(taxonomy: string, slug: string): boolean {
    return (taxonomy === 'category' && slug !== 'uncategorized') || taxonomy === 'post_tag';
  }

  /** The slug of the tag a term becomes. */
  tagSlugOf(term: Pick<WxrTerm, 'slug' | 'name'>): string {
    let slug = term.slug;
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // keep as written
    }
    return slugFromTitle(slug || term.name);
  }

  /** The tag id of a term; created when new. */
  async resolve(
    store: ImportStore,
    term: Pick<WxrTerm, 'taxonomy' | 'slug' | 'name' | 'parentSlug' | 'description'>,
    events: ResolveEvents,
  ): Promise<number> {
    const cacheKey = `${term.taxonomy}:${term.slug}`;
    const known = this.ids.get(cacheKey);
    if (known !== undefined) return known;
    const key = `${this.source}|term:${cacheKey}`;
    let id = (await store.mappedIds('term', [key])).get(key) ?? null;
    if (id === null) {
      const slug = this.tagSlugOf(term);
      id = await store.findTagId(slug);
      if (id === null) {
        const name = this.displayName(term) || slug;
        id = await store.createTag({ slug, name, description: htmlToPlainText(term.description).trim() });
        events.created('tags', name);
      } else events.matched('tags');
      await store.addMappings('term', [{ key, id }], this.now());
    }
    this.ids.set(cacheKey, id);
    return id;
  }

  /** Tag ids of an item's categories and tags (declared terms preferred for names and parents). */
  async forItem(store: ImportStore, categories: WxrItemCategory[], events: ResolveEvents): Promise<number[]> {
    const ids: number[] = [];
    for (const c of categories) {
      const taxonomy = c.domain === 'tag' ? 'post_tag' : c.domain;
      if (!TermResolver.isTagLike(taxonomy, c.nicename)) continue;
      const term = this.declared.get(`${taxonomy}:${c.nicename}`) ?? {
        taxonomy,
        slug: c.nicename,
        name: c.name,
        parentSlug: null,
        description: '',
      };
      ids.push(await this.resolve(store, term, events));
    }
    return [...new Set(ids)];
  }
}
