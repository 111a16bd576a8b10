// Lint rules: typescript-eslint's recommended type-aware set, plus the layering rules from DESIGN.md.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layering of src/ (scripts/import-graph/layers.json, the same table `npm run import-graph`
// judges): a file may import only parts further down the list; a feature may use another
// feature's index.ts, never its internals; an HTTP surface may use its own files, http/shared/ and
// the top-level files of http/, never another surface. Relative specifiers are matched per
// directory depth (`../x` from src/P/a.ts, `../../x` from src/P/d/a.ts …), so a name that is both a
// surface and a feature (comments) is told apart by where it leads.
const layering = JSON.parse(
  readFileSync(new URL('./scripts/import-graph/layers.json', import.meta.url), 'utf8'),
);
const MAX_DEPTH = 5;
const rankOf = new Map(layering.layers.flatMap((parts, rank) => parts.map((p) => [p, rank])));
const isFile = (part) => part.endsWith('.ts');
const below = (up, part) => (isFile(part) ? [`${up}${part}`] : [`${up}${part}`, `${up}${part}/**`]);
const HTTP_SURFACES = [
  'admin',
  'akismet',
  'comments',
  'editorial',
  'feeds',
  'health',
  'icons',
  'public',
  'redirects',
];
// Domain folders never import HTTP or SQL drivers (DESIGN.md §3.2).
const DOMAIN_FOLDERS = ['content', 'comments', 'spam', 'users', 'importers'];
const DOMAIN_PATTERNS = ['fastify', '@fastify/*', 'pg', 'better-sqlite3', '**/http/**'];
const MESSAGE =
  'Imports point down the layers (docs/architecture.md); features meet through index.ts, HTTP surfaces through http/shared/.';

const restrict = (files, groups, extra = []) =>
  groups.length === 0 && extra.length === 0 ? [] : [restrictOne(files, groups, extra)];
const restrictOne = (files, groups, extra) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(groups.length ? [{ group: groups, message: MESSAGE }] : []),
          ...extra.map((g) => ({ group: g })),
        ],
      },
    ],
  },
});

/** One block per part and directory depth: what a file there may not import. */
function layeringRules() {
  const configs = [];
  for (const [part, rank] of rankOf) {
    for (let depth = 1; depth <= (isFile(part) ? 1 : MAX_DEPTH); depth++) {
      const up = isFile(part) ? './' : '../'.repeat(depth);
      const groups = [];
      for (const [other, otherRank] of rankOf) {
        if (other === part || otherRank > rank) continue;
        if (otherRank === rank && rank === layering.featureRank)
          groups.push(`${up}${other}/*`, `${up}${other}/*/**`, `!${up}${other}/index.ts`);
        else groups.push(...below(up, other));
      }
      const extra = DOMAIN_FOLDERS.includes(part) ? [DOMAIN_PATTERNS] : [];
      const files = isFile(part) ? [`src/${part}`] : [`src/${part}/${'*/'.repeat(depth - 1)}*.ts`];
      if (part !== layering.surfacePart || depth === 1) {
        configs.push(...restrict(files, groups, extra));
        continue;
      }
      // Inside an HTTP surface (or http/shared/): no other surface; `../`×(depth-1) is src/http/.
      const inHttp = '../'.repeat(depth - 1);
      const surfaces = HTTP_SURFACES.map((s) => `${inHttp}${s}/**`);
      configs.push(...restrict(files, [...groups, ...surfaces], extra));
      for (const s of HTTP_SURFACES) {
        const own = [`src/http/${s}/${'*/'.repeat(depth - 2)}*.ts`];
        configs.push(
          ...restrict(own, [...groups, ...surfaces.filter((g) => g !== `${inHttp}${s}/**`)], extra),
        );
      }
    }
  }
  return configs;
}

// The pure folders of the WXR importer (layers.json "pure"; `npm run import-graph` judges the same):
// they do no I/O, so they may import each other, kernel/, a feature's index.ts and only the
// packages listed there. Type-only imports are allowed (they vanish at run time). Tests beside
// them may use test support.
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function pureFolderRules() {
  const ups = layering.pure.folders.map((f) => f.split('/').length); // depth below src/
  return layering.pure.folders.map((folder, i) => {
    const toSrc = '\\.\\./'.repeat(ups[i]);
    const siblings = layering.pure.folders
      .filter((f) => f.split('/').slice(0, -1).join('/') === folder.split('/').slice(0, -1).join('/'))
      .map((f) => f.split('/').at(-1));
    const allowed = [
      '\\./',
      `\\.\\./(${siblings.join('|')})/`,
      `${toSrc}kernel/`,
      `${toSrc}(${layering.layers[layering.featureRank].join('|')})/index\\.ts$`,
      ...layering.pure.packages.map((p) => `${escapeRegex(p)}$`),
    ];
    return {
      files: [`src/${folder}/*.ts`],
      ignores: ['**/*.test.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(?!(${allowed.join('|')}))`,
                allowTypeImports: true,
                message: `A pure folder (${folder}) does no I/O: it may import its sibling pure folders, kernel/, a feature's index.ts and the packages listed in scripts/import-graph/layers.json.`,
              },
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layeringRules(),
  ...pureFolderRules(),
  {
    // Configuration is read in src/config.ts only (DESIGN.md §3.1).
    files: DOMAIN_FOLDERS.map((f) => `src/${f}/**/*.ts`),
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in src/config.ts only.' },
      ],
    },
  },
  {
    // Views are safe by construction (DESIGN.md §3.15, src/views/html.ts): markup is made by our
    // html tag, never by ghtml, and a raw `!${…}` (ghtml's unescaped form) is written nowhere.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='ghtml']",
          message:
            'Write markup with the html tag of src/views/html.ts (it escapes everything that is not Html).',
        },
        {
          selector: 'TaggedTemplateExpression > TemplateLiteral > TemplateElement[value.raw=/!$/]',
          message:
            'A `!${…}` in a template: the html tag inserts Html as it is and escapes everything else; for audited markup use unsafeRawHtml with a comment.',
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
