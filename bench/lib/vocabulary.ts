// Word lists for the generated dataset, built procedurally from syllables (English, Russian) and
// from a pool of common characters (Chinese), plus a few real topic words so that realistic
// queries ("pipeline", "Казахстан", "中亚") find generated articles too. No external data.
import { Random } from './random.ts';

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** A language of generated articles. */
export type BenchLanguage = 'en' | 'ru' | 'zh-Hans';

/** Words of one language, most frequent first. */
export interface Vocabulary {
  language: BenchLanguage;
  words: string[];
  /** Real topic words mixed into the list (useful search queries). */
  topicWords: string[];
}

const EN_ONSETS = words('b br c ch cl d dr f fl g gr h j k l m n p pl pr qu r s sh sl st t th tr v w z');
const EN_NUCLEI = words('a e i o u ai ea ee oo ou y');
const EN_CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'ck', 'ng', 'm', 'rt', 'ss'];
const EN_FUNCTION = words('the of and to in a for on with by from that is');
const EN_TOPICS = words(`
  pipeline trade summit railway border customs energy corridor investment cooperation
  highway visa students solar wind logistics market agreement minister delegation Kazakhstan
  Uzbekistan Kyrgyzstan Tajikistan Turkmenistan China Xinjiang Almaty Tashkent Bishkek
  freight container gas oil
`);

const RU_ONSETS = words('б в г д ж з к л м н п р с т ф х ц ч ш щ бр вл гр др кр пр ст тр сл зв пл');
const RU_VOWELS = words('а е и о у ы я ю ё э а о е');
const RU_CODAS = ['', '', '', 'н', 'р', 'с', 'т', 'л', 'й', 'к', 'м', 'в', 'ть', 'ст'];
const RU_ENDINGS = ['', '', 'ый', 'ая', 'ое', 'ов', 'ами', 'ение', 'ость', 'ский', 'ить', 'ает'];
const RU_FUNCTION = words('и в на с по для что не от к из о как');
const RU_TOPICS = words(`
  Казахстан Китай торговля газопровод нефтепровод сотрудничество саммит граница железная
  дорога инвестиции безвизовый режим туризм энергетика Узбекистан Кыргызстан Таджикистан
  Алматы Ташкент грузы контейнеры студенты
`);

// Common Chinese characters, typed for this bench; words are built from them.
const ZH_CHARS = [
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说',
  '产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使',
  '点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明',
  '看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料',
  '象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指',
].join('');
const ZH_FUNCTION = ['的', '在', '和', '是', '了', '与', '对', '将', '为', '也'];
const ZH_TOPICS = words(
  '中亚 中国 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 合作 贸易 管道 峰会 铁路 公路 免签 数字经济 绿色 能源 投资 鲁班工坊 天然气 口岸',
);

function interleave(base: string[], topics: string[], from: number, step: number): string[] {
  const out = [...base];
  topics.forEach((t, i) => out.splice(Math.min(out.length, from + i * step), 0, t));
  return out;
}

function uniqueWords(count: number, make: () => string, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let guard = 0; out.length < count && guard < count * 50; guard++) {
    const word = make();
    if (taken.has(word)) continue;
    taken.add(word);
    out.push(word);
  }
  return out;
}

function englishWords(random: Random, count: number): string[] {
  const syllable = () => random.pick(EN_ONSETS) + random.pick(EN_NUCLEI) + random.pick(EN_CODAS);
  const taken = new Set([...EN_FUNCTION, ...EN_TOPICS.map((t) => t.toLowerCase())]);
  const made = uniqueWords(
    count,
    () => Array.from({ length: random.chance(0.7) ? random.int(1, 2) : 3 }, syllable).join(''),
    taken,
  );
  return interleave([...EN_FUNCTION, ...made], EN_TOPICS, 30, 45);
}

function russianWords(random: Random, count: number): string[] {
  const syllable = () => random.pick(RU_ONSETS) + random.pick(RU_VOWELS) + random.pick(RU_CODAS);
  const taken = new Set([...RU_FUNCTION, ...RU_TOPICS.map((t) => t.toLowerCase())]);
  const make = () =>
    Array.from({ length: random.chance(0.7) ? random.int(1, 2) : 3 }, syllable).join('') +
    random.pick(RU_ENDINGS);
  const made = uniqueWords(count, make, taken);
  return interleave([...RU_FUNCTION, ...made], RU_TOPICS, 30, 45);
}

function chineseWords(random: Random, count: number): string[] {
  const chars = [...ZH_CHARS];
  const taken = new Set([...ZH_FUNCTION, ...ZH_TOPICS]);
  const make = () => {
    const length = random.chance(0.75) ? 2 : random.chance(0.5) ? 3 : 4;
    return Array.from({ length }, () => random.pick(chars)).join('');
  };
  return interleave([...ZH_FUNCTION, ...uniqueWords(count, make, taken)], ZH_TOPICS, 30, 45);
}

/** Builds the three vocabularies from one seed (about `count` generated words each). */
export function buildVocabularies(seed: number, count = 4000): Record<BenchLanguage, Vocabulary> {
  const random = new Random(seed);
  return {
    en: { language: 'en', words: englishWords(random, count), topicWords: EN_TOPICS },
    ru: { language: 'ru', words: russianWords(random, count), topicWords: RU_TOPICS },
    'zh-Hans': { language: 'zh-Hans', words: chineseWords(random, count), topicWords: ZH_TOPICS },
  };
}
