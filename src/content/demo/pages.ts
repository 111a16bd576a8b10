import type { DemoPage } from './types.ts';

const aboutPage: DemoPage = {
  slug: 'about',
  title: 'About Silk Road Dispatch',
  language: 'en',
  bodyMarkdown: `**Silk Road Dispatch** is an independent regional news desk covering relations between China and the five countries of Central Asia: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.

## Who we are

We are a small team of editors and correspondents based in Almaty, Tashkent and Xi'an, with contributors across the region. We publish in English, Chinese and Russian, because those are the languages in which our readers — traders, students, officials, researchers and curious travellers — actually follow the story.

## What we cover

- **Diplomacy**, including the China–Central Asia summits and the agreements that follow them.
- **Trade and transport**: border crossings, dry ports, roads and railways.
- **Energy**: pipelines, power and the shift towards renewables.
- **People**: visas, tourism, education and the everyday effects of policy.

We try to report what is happening on the ground, not only what is announced. When we quote people who ask not to be named, we describe their role as precisely as we can without identifying them.

## Corrections policy

We make mistakes, and we fix them openly.

1. If an article contains a factual error, we correct it in the text and add a note at the end saying what was changed and when.
2. We do not silently delete published articles. If one must be withdrawn, we say so and explain why.
3. Typos and minor style fixes are made without a note.

To report an error, write to <corrections@example.org> with a link to the article and, if you can, a source for the correct information.

## Contact

- General enquiries: <desk@example.org>
- Corrections: <corrections@example.org>
- Privacy questions: <privacy@example.org>

We read everything we receive, though we cannot always reply individually.
`,
};

const privacyPage: DemoPage = {
  slug: 'privacy',
  title: 'How your comment data is processed',
  language: 'en',
  bodyMarkdown: `This page explains what happens to the information you give us when you leave a comment on Silk Road Dispatch. It applies only to comments; we do not run user accounts for readers.

## What we store

When you submit a comment, we store:

- the name you enter;
- the email address you enter (it is never shown publicly);
- the website address, if you choose to give one;
- the text of your comment and the time you posted it;
- technical details sent by your browser with the form — your IP address and browser user-agent string — which we use to fight spam.

## Why we store it

We keep your name, comment and website so that we can publish the comment next to the article. We keep your email address so that an editor can contact you about your comment if necessary. We use the IP address and user-agent only to detect spam and abuse.

Spam checking happens on our own server. **No comment data is sent to third parties** — not to spam-filtering services, advertising networks or analytics companies.

## How long we keep it

Published comments, with the name and website shown alongside them, stay on the site for as long as the article does, unless you ask us to remove them.

The technical details used for spam checking (IP address and user-agent) are kept only for a limited period set by the site, 30 days by default, and are then deleted or made anonymous. Comments rejected as spam are deleted after a similar limited period.

## Who sees it

- **Everyone** can see your name, your website link and your published comment.
- **Our editors and moderators** can see your email address and the technical details, so that they can moderate comments.
- **Nobody else.** We do not sell, share or rent comment data.

## How to get a copy or have it erased

You can ask for a copy of the comment data we hold about you, or ask us to erase it. Write to <privacy@example.org> from the email address you used when commenting, so that we can confirm the request is yours. We will reply within a reasonable time and tell you what we have done.

Erasing your data removes your personal details; where a comment is part of a longer discussion, we may keep the comment text with the author shown as anonymous, and we will tell you if we do.

## Cookies

The comment form can remember your name, email address and website for your next visit. It does this with a cookie stored in your browser, and **only if you tick the box** asking it to. If you leave the box unticked, no such cookie is set. You can delete the cookie at any time through your browser settings.

We do not use advertising or tracking cookies.
`,
};

export const demoPages: DemoPage[] = [aboutPage, privacyPage];
