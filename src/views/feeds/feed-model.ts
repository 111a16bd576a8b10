// A feed as the three formats share it. Every string is what it says: plain text is plain text
// (never pre-escaped), HTML is HTML, so each writer escapes each value exactly once for the type
// its element declares.

/** A linked person: an article's author or a commenter (never an email address). */
export interface FeedPerson {
  name: string;
  url?: string;
}

/** A tag as a feed category: `term` is its slug, `label` its name, `scheme` the tags' base URL. */
export interface FeedCategory {
  term: string;
  label: string;
  scheme: string;
}

/** A media file attached to an entry, with its real size in bytes and its MIME type. */
export interface FeedEnclosure {
  url: string;
  length: number;
  type: string;
}

/** The enclosure of an image `src`, or null when its size cannot be known. */
export type EnclosureLookup = (src: string) => Promise<FeedEnclosure | null>;

/** One item of a feed. */
export interface FeedEntry {
  /** Permanent id (RSS guid, Atom id, JSON Feed id): never changes when the slug does. */
  id: string;
  url: string;
  title: string;
  /** Plain-text summary (an article's excerpt). */
  summary?: string;
  contentHtml: string;
  authors: FeedPerson[];
  published: Date;
  updated: Date;
  categories: FeedCategory[];
  /** The feature image: JSON Feed `image`. */
  imageUrl?: string;
  /** The feature image as an enclosure, when its size is known. */
  enclosure?: FeedEnclosure;
  /** BCP 47 language of the entry when it differs from the feed's. */
  language?: string;
}

/** A whole feed. */
export interface FeedDocument {
  /** Atom feed id. */
  id: string;
  title: string;
  /** Plain text. */
  description: string;
  /** The HTML page the feed follows. */
  homeUrl: string;
  /** This feed's own address in each format it is offered in. */
  selfUrls: { rss: string; atom: string; json?: string };
  /** BCP 47 language of the site. */
  language: string;
  /**
   * When the newest entry changed; with no entries, when the feed was written (Atom requires a
   * date; RSS then leaves lastBuildDate out).
   */
  updated: Date;
  copyright: string;
  /** The site's logo, absolute. */
  imageUrl?: string;
  entries: FeedEntry[];
}
