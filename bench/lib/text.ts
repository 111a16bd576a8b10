// Sentences, paragraphs and Markdown bodies in English, Russian or Chinese, drawn from a
// vocabulary with Zipf-like word frequencies.
import { type Random, ZipfPicker } from './random.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Writes random text in one language. */
export class TextWriter {
  private readonly picker: ZipfPicker<string>;
  private readonly cjk: boolean;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly random: Random,
  ) {
    this.picker = new ZipfPicker(vocabulary.words);
    this.cjk = vocabulary.language.startsWith('zh');
  }

  /** `count` words in the language's flow (no punctuation). */
  words(count: number): string {
    const list = Array.from({ length: count }, () => this.picker.pick(this.random));
    return list.join(this.cjk ? '' : ' ');
  }

  /** A sentence of `min`–`max` words with a capital (or CJK) start and a full stop. */
  sentence(min = 6, max = 16): string {
    const count = this.random.int(min, max);
    const cut = count > 9 && this.random.chance(0.4) ? this.random.int(3, count - 3) : 0;
    const body = cut
      ? `${this.words(cut)}${this.cjk ? '，' : ', '}${this.words(count - cut)}`
      : this.words(count);
    return this.cjk ? `${body}。` : `${capitalise(body)}.`;
  }

  /** A headline of a few words, no final stop. */
  title(): string {
    return this.cjk ? this.words(this.random.int(4, 7)) : capitalise(this.words(this.random.int(5, 10)));
  }

  /** A paragraph of 2–4 sentences. */
  paragraph(): string {
    const n = this.random.int(2, 4);
    return Array.from({ length: n }, () => this.sentence()).join(this.cjk ? '' : ' ');
  }

  /** A Markdown article body: sections with headings, paragraphs, a list, a quote, emphasis and links. */
  markdownBody(): string {
    const blocks: string[] = [this.paragraph(), this.paragraph()];
    const sections = this.random.int(1, 3);
    for (let s = 0; s < sections; s++) {
      blocks.push(`## ${this.title()}`);
      for (let p = this.random.int(1, 3); p > 0; p--) blocks.push(this.paragraph());
      if (this.random.chance(0.35)) {
        const items = this.random.int(2, 5);
        blocks.push(Array.from({ length: items }, () => `- ${this.sentence(3, 9)}`).join('\n'));
      }
      if (this.random.chance(0.25)) blocks.push(`> ${this.sentence()}`);
      if (this.random.chance(0.4)) {
        const label = this.words(this.random.int(1, 3));
        blocks.push(
          `${this.sentence()} **${this.words(2)}** [${label}](https://example.org/${s}/${this.random.int(1, 9999)}).`,
        );
      }
    }
    return blocks.join('\n\n');
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
