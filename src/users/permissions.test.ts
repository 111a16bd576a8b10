// Known-answer table for the roles matrix: every role × permission, and the per-article rules.
import { describe, expect, it } from 'vitest';
import { type ArticleAction, can, canOnArticle, type Permission } from './permissions.ts';
import type { Role } from './user.ts';

const Y = true;
const N = false;

// prettier-ignore
const table: [Permission, Record<Role, boolean>][] = [
  ['admin.access',            { owner: Y, editor: Y, author: Y, contributor: Y }],
  ['users.manage',            { owner: Y, editor: N, author: N, contributor: N }],
  ['settings.manage',         { owner: Y, editor: N, author: N, contributor: N }],
  ['audit.view',              { owner: Y, editor: N, author: N, contributor: N }],
  ['posts.write',             { owner: Y, editor: Y, author: Y, contributor: Y }],
  ['posts.publishOwn',        { owner: Y, editor: Y, author: Y, contributor: N }],
  ['posts.manageAll',         { owner: Y, editor: Y, author: N, contributor: N }],
  ['posts.deletePermanently', { owner: Y, editor: Y, author: N, contributor: N }],
  ['pages.manage',            { owner: Y, editor: Y, author: N, contributor: N }],
  ['comments.moderateOwn',    { owner: Y, editor: Y, author: Y, contributor: N }],
  ['comments.moderateAll',    { owner: Y, editor: Y, author: N, contributor: N }],
];

describe('roles matrix', () => {
  for (const [permission, byRole] of table) {
    for (const [role, expected] of Object.entries(byRole) as [Role, boolean][]) {
      it(`${role} ${expected ? 'may' : 'may not'} ${permission}`, () => {
        expect(can({ id: 1, role }, permission)).toBe(expected);
      });
    }
  }
});

const ME = 7;
const OTHER = 8;
const post = (authorId: number, status: string) => ({ kind: 'post', authorId, status });
const page = { kind: 'page', authorId: ME, status: 'published' };

// prettier-ignore
const articleTable: [Role, ArticleAction, { kind: string; authorId: number; status: string }, boolean][] = [
  ['contributor', 'edit',              post(ME, 'draft'),        Y],
  ['contributor', 'submitForReview',   post(ME, 'draft'),        Y],
  ['contributor', 'publish',           post(ME, 'review'),       N],
  ['contributor', 'edit',              post(ME, 'published'),    N],
  ['contributor', 'edit',              post(ME, 'scheduled'),    N],
  ['contributor', 'trash',             post(ME, 'draft'),        Y],
  ['contributor', 'view',              post(OTHER, 'draft'),     N],
  ['contributor', 'edit',              post(OTHER, 'draft'),     N],
  ['contributor', 'moderateComments',  post(ME, 'published'),    N],
  ['contributor', 'edit',              page,                     N],
  ['contributor', 'deletePermanently', post(ME, 'trash'),        N],
  ['author',      'publish',           post(ME, 'draft'),        Y],
  ['author',      'unpublish',         post(ME, 'published'),    Y],
  ['author',      'edit',              post(ME, 'published'),    Y],
  ['author',      'edit',              post(OTHER, 'draft'),     N],
  ['author',      'publish',           post(OTHER, 'review'),    N],
  ['author',      'moderateComments',  post(ME, 'published'),    Y],
  ['author',      'moderateComments',  post(OTHER, 'published'), N],
  ['author',      'edit',              page,                     N],
  ['author',      'deletePermanently', post(ME, 'trash'),        N],
  ['editor',      'edit',              post(OTHER, 'published'), Y],
  ['editor',      'publish',           post(OTHER, 'review'),    Y],
  ['editor',      'edit',              page,                     Y],
  ['editor',      'deletePermanently', post(OTHER, 'trash'),     Y],
  ['editor',      'moderateComments',  post(OTHER, 'published'), Y],
  ['owner',       'deletePermanently', post(OTHER, 'trash'),     Y],
  ['owner',       'edit',              page,                     Y],
  ['owner',       'publish',           post(OTHER, 'draft'),     Y],
];

describe('per-article rules', () => {
  for (const [role, action, article, expected] of articleTable) {
    const whose =
      article.kind === 'page'
        ? 'a page'
        : article.authorId === ME
          ? `own ${article.status}`
          : `another's ${article.status}`;
    it(`${role}: ${action} ${whose} → ${expected ? 'allowed' : 'refused'}`, () => {
      expect(canOnArticle({ id: ME, role }, action, article)).toBe(expected);
    });
  }

  it('refuses an unknown role everything', () => {
    expect(can({ id: 1, role: 'emperor' as Role }, 'admin.access')).toBe(false);
  });
});
