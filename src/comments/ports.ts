// The narrow views of other folders' services that the comment rules use (DESIGN.md §3.3).
import type { Article } from '../content/index.ts';
import type { NotificationPrefs } from '../users/index.ts';

/** Publishes change keys to every instance. */
export interface ChangePublisher {
  publish(keys: string[]): Promise<void>;
}

/** The accounts that may receive moderation mail. */
export interface StaffDirectory {
  list(): Promise<
    Array<{
      id: number;
      email: string;
      name: string;
      role: string;
      status: string;
      notifications: NotificationPrefs;
      /** The admin language the user chose (null: the site's); their mail is written in it. */
      adminLanguage: string | null;
    }>
  >;
}

/** Finds an article by id (any status). */
export interface ArticleLookup {
  findById(id: number): Promise<Article | null>;
}

/** Site facts mails and links need. */
export interface SiteFacts {
  siteUrl: string;
  siteTitle: string;
  /** The site language: mail about a page of the site (privacy requests) speaks it. */
  language: string;
}
