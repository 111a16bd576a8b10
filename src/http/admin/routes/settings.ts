// Site settings (owner only). Saving publishes the `settings` change key, so every cached
// public page (they all show the title and footer) is refreshed on every instance, and the spam
// filter reads its new thresholds before the next comment.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseSettings } from '../../../settings/site-settings.ts';
import { DEFAULT_HOLD_THRESHOLD } from '../../../spam/verdict.ts';
import {
  type EditableSettings,
  saveSettings,
  updateSiteSettings,
} from '../../../settings/update-site-settings.ts';
import {
  COMMENT_SETTING_NAMES,
  type CommentSettingsText,
  commentModerationOf,
  commentSettingsText,
  updateCommentSettings,
} from '../../../settings/comment-moderation-settings.ts';
import { commentSettingsMain } from '../../../views/admin/comment-settings-page.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import {
  type SettingsForm,
  type SpamSettingsForm,
  settingsMain,
} from '../../../views/admin/settings-page.ts';
import type { AdminRouteModule } from '../context.ts';
import { formString, parseForm } from '../forms.ts';
import { actingUserOf, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';

const settingsSchema = z.object({
  title: z.string().trim().min(1, 'Enter a site title.').max(120, 'Use at most 120 characters.'),
  tagline: z.string().trim().max(200, 'Use at most 200 characters.'),
  logo: z.string().trim().max(500, 'Use at most 500 characters.'),
  // Optional in the form: a post from a page without the field keeps working.
  shareImage: z.string().trim().max(500, 'Use at most 500 characters.').optional(),
  siteIcon: z.string().trim().max(500, 'Use at most 500 characters.').default(''),
  language: z.string().trim().min(2, 'Enter a language code such as en.').max(35),
  timezone: z.string().trim().min(1, 'Enter a timezone.').max(64),
  postsPerPage: z.coerce
    .number({ message: 'Enter a number from 1 to 100.' })
    .int('Enter a whole number from 1 to 100.')
    .min(1, 'Enter a number from 1 to 100.')
    .max(100, 'Enter a number from 1 to 100.'),
  dateFormat: z.enum(['long', 'medium', 'short', 'iso'], { message: 'Choose a date format.' }),
  footerText: z.string().trim().max(500, 'Use at most 500 characters.'),
});

const probability = (message: string) => z.coerce.number({ message }).refine(Number.isFinite, message);

const spamSettingsSchema = z
  .object({
    spamThreshold: probability('Enter a probability from 0.05 to 0.99.').pipe(
      z
        .number()
        .min(0.05, 'Enter a probability from 0.05 to 0.99.')
        .max(0.99, 'Enter a probability from 0.05 to 0.99.'),
    ),
    // Optional: a form (or client) that does not send it keeps the default hold band.
    spamHoldThreshold: z.preprocess(
      (v) => (v === undefined || v === '' ? undefined : v),
      probability('Enter a probability from 0.01 to 0.99.')
        .pipe(
          z
            .number()
            .min(0.01, 'Enter a probability from 0.01 to 0.99.')
            .max(0.99, 'Enter a probability from 0.01 to 0.99.'),
        )
        .optional(),
    ),
    spamDiscardThreshold: probability('Enter a probability from 0.05 to 1.').pipe(
      z
        .number()
        .min(0.05, 'Enter a probability from 0.05 to 1.')
        .max(1, 'Enter a probability from 0.05 to 1.'),
    ),
    spamShadowMode: z
      .string()
      .optional()
      .transform((v) => v === '1' || v === 'on'),
  })
  .refine((s) => s.spamHoldThreshold === undefined || s.spamHoldThreshold <= s.spamThreshold, {
    path: ['spamHoldThreshold'],
    message: 'The hold threshold cannot be above the spam threshold.',
  })
  .refine((s) => s.spamDiscardThreshold >= s.spamThreshold, {
    path: ['spamDiscardThreshold'],
    message: 'The discard threshold cannot be below the spam threshold.',
  })
  .transform((s) => ({
    ...s,
    spamHoldThreshold: s.spamHoldThreshold ?? Math.min(DEFAULT_HOLD_THRESHOLD, s.spamThreshold),
  }));

type SpamSettingsValues = z.infer<typeof spamSettingsSchema>;

const FIELDS = [
  'title',
  'tagline',
  'logo',
  'shareImage',
  'siteIcon',
  'language',
  'timezone',
  'postsPerPage',
  'dateFormat',
  'footerText',
] as const;

function toForm(s: EditableSettings): SettingsForm {
  return {
    ...s,
    logo: s.logo ?? '',
    shareImage: s.shareImage ?? '',
    siteIcon: s.siteIcon ?? '',
    postsPerPage: String(s.postsPerPage),
  };
}

function toSpamForm(s: SpamSettingsValues): SpamSettingsForm {
  return {
    spamThreshold: String(s.spamThreshold),
    spamHoldThreshold: String(s.spamHoldThreshold),
    spamDiscardThreshold: String(s.spamDiscardThreshold),
    spamShadowMode: s.spamShadowMode,
  };
}

/** Registers /admin/settings, /admin/settings/spam and /admin/settings/comments. */
export const settingsRoutes: AdminRouteModule = async (app, { deps }) => {
  app.addHook('preHandler', requirePermission('settings.manage'));

  const current = async () => parseSettings(await deps.settings.readAll());
  const settingsDeps = {
    settings: deps.settings,
    changes: deps.changes,
    audit: deps.accounts.audit,
    now: () => deps.clock.now(),
  };

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: SettingsForm | null,
    errors: FieldErrors,
    status = 200,
    spam: { form: SpamSettingsForm; errors: FieldErrors } | null = null,
  ) => {
    const stored = form && spam ? null : await current();
    return sendAdminPage(request, reply, {
      title: 'Settings',
      section: 'settings',
      status,
      main: settingsMain({
        ui: request.admin.ui,
        csrfToken: request.admin.csrfToken,
        form: form ?? toForm(stored!),
        errors,
        spam: spam ?? { form: toSpamForm(stored!), errors: {} },
      }),
    });
  };

  app.get('/settings', async (request, reply) => show(request, reply, null, {}));

  const showComments = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: CommentSettingsText | null,
    errors: FieldErrors,
    status = 200,
  ) =>
    sendAdminPage(request, reply, {
      title: 'Comment settings',
      section: 'settings',
      status,
      main: commentSettingsMain({
        ui: request.admin.ui,
        csrfToken: request.admin.csrfToken,
        form: form ?? commentSettingsText(commentModerationOf(await current())),
        errors,
        floodOverride: deps.comments.floodSecondsOverride,
      }),
    });

  app.get('/settings/comments', async (request, reply) => showComments(request, reply, null, {}));

  app.post('/settings/comments', async (request, reply) => {
    const typed = Object.fromEntries(
      COMMENT_SETTING_NAMES.map((name) => [name, formString(request.body, name)]),
    ) as CommentSettingsText;
    const before = commentModerationOf(await current());
    const result = await updateCommentSettings(settingsDeps, actingUserOf(request), before, typed);
    if (!result.ok) return showComments(request, reply, typed, result.problems, 422);
    await setFlash(request, 'success', 'Comment settings saved. New comments follow them now.');
    return redirectAfterPost(reply, '/admin/settings/comments');
  });

  app.post('/settings/spam', async (request, reply) => {
    const form = parseForm(spamSettingsSchema, request.body);
    if (!form.ok) {
      const typed: SpamSettingsForm = {
        spamThreshold: formString(request.body, 'spamThreshold'),
        spamHoldThreshold: formString(request.body, 'spamHoldThreshold'),
        spamDiscardThreshold: formString(request.body, 'spamDiscardThreshold'),
        spamShadowMode: formString(request.body, 'spamShadowMode') !== '',
      };
      return show(request, reply, null, {}, 422, { form: typed, errors: form.errors });
    }
    await saveSettings(settingsDeps, actingUserOf(request), await current(), form.value);
    await setFlash(request, 'success', 'Spam filter settings saved. The next comment is scored with them.');
    return redirectAfterPost(reply, '/admin/settings');
  });

  app.post('/settings', async (request, reply) => {
    const typed = Object.fromEntries(
      FIELDS.map((f) => [f, formString(request.body, f)]),
    ) as unknown as SettingsForm;
    const form = parseForm(settingsSchema, request.body);
    if (!form.ok) return show(request, reply, typed, form.errors, 422);
    const before = await current();
    const result = await updateSiteSettings(settingsDeps, actingUserOf(request), pick(before), {
      ...form.value,
      logo: form.value.logo || null,
      shareImage: form.value.shareImage || null,
      siteIcon: form.value.siteIcon || null,
    });
    if (!result.ok) return show(request, reply, typed, result.problems, 422);
    await setFlash(request, 'success', 'Settings saved. The public site shows them now.');
    return redirectAfterPost(reply, '/admin/settings');
  });
};

function pick(s: EditableSettings): EditableSettings {
  return Object.fromEntries(FIELDS.map((f) => [f, s[f]])) as unknown as EditableSettings;
}
