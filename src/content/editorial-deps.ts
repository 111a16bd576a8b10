// What the editorial features (admin editor, previews, media, scheduler) need beyond the
// publishing core, built once by the composition root.
import type { MediaRepo, MediaStore } from '../media/index.ts';
import type { ArticleAdminRepo } from './article-admin-repo.ts';
import type { PreviewRepo } from './preview-repo.ts';
import type { RevisionRepo } from './revision-repo.ts';

/** Repositories and settings of the editorial workflow. */
export interface EditorialDeps {
  revisions: RevisionRepo;
  previews: PreviewRepo;
  adminArticles: ArticleAdminRepo;
  media: MediaRepo;
  /** Where uploaded images are stored (MEDIA_DIR by default). */
  mediaStore: MediaStore;
}
