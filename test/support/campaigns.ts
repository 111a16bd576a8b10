// Spam campaigns and ordinary comments written for the network tests. A campaign's variants
// change words (synonyms), the URL (other paths on the same domain), the author's name, email and
// IP, the way real campaigns rotate them; ordinary comments are readers' remarks on news.

/** A small seeded generator (mulberry32), so every run sees the same variants. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** One campaign: a template with {slots}, the synonyms of each slot, and its domain. */
export interface Campaign {
  name: string;
  template: string;
  slots: Record<string, readonly string[]>;
  domain: string;
  names: readonly string[];
}

export const CAMPAIGNS: readonly Campaign[] = [
  {
    name: 'essay service',
    template:
      '{thanks} for this {post}. When I was {stuck} with my {paper} I used {service} and {result}, {recommend} https://{domain}/{path}',
    slots: {
      thanks: ['Thanks', 'Thank you', 'Many thanks', 'Cheers'],
      post: ['post', 'write-up', 'piece', 'story'],
      stuck: ['stuck', 'struggling', 'behind', 'overwhelmed'],
      paper: ['dissertation', 'term paper', 'essay', 'thesis chapter'],
      service: ['this writing service', 'these academic writers', 'a paper helper', 'this essay team'],
      result: ['got an A', 'passed with honours', 'finished on time', 'got top marks'],
      recommend: ['recommended', 'worth a try', 'really helpful', 'check them'],
    },
    domain: 'top-grade-essays.example',
    names: ['Emily Stone', 'Student Helper', 'Kevin R', 'Essay Pro', 'Laura Mills'],
  },
  {
    name: 'replica watches',
    template:
      '{greet} {great} article! By the way, {we} sell {cheap} replica watches and designer handbags with {free} shipping, {visit} https://{domain}/{path} {today}.',
    slots: {
      greet: ['Wow,', 'Hey,', 'Hi there,', 'Hello,', 'Nice,'],
      great: ['great', 'awesome', 'amazing', 'wonderful', 'fantastic'],
      we: ['we', 'our shop', 'our store', 'my store'],
      cheap: ['cheap', 'affordable', 'low cost', 'discount'],
      free: ['free', 'fast free', 'worldwide free'],
      visit: ['visit', 'check out', 'see', 'order at'],
      today: ['today', 'now', 'this week', 'before the sale ends'],
    },
    domain: 'luxe-replica-outlet.example',
    names: ['Watch Deals', 'Jenny Carter', 'Replica Store', 'Mark Lee', 'Best Watches 2026', 'Anna K'],
  },
  {
    name: 'crypto recovery',
    template:
      '{lost} my {coin} to a scam last year and {agent} helped me {recover} all of it in {days} days. {contact} them at https://{domain}/{path} {thanks}',
    slots: {
      lost: ['I lost', 'I had lost', 'Someone stole', 'A fake broker took'],
      coin: ['bitcoin', 'crypto savings', 'BTC and ETH', 'investment'],
      agent: ['this recovery expert', 'a genius hacker', 'this specialist', 'an honest agent'],
      recover: ['recover', 'get back', 'retrieve', 'restore'],
      days: ['three', 'four', '48 hours, two', 'five'],
      contact: ['Contact', 'Write to', 'Reach', 'Message'],
      thanks: ['God bless!', 'highly recommended.', 'they are legit.', 'thank me later.'],
    },
    domain: 'swift-fund-recovery.example',
    names: ['Grace Miller', 'Tom Becker', 'Linda Smith', 'Recovery Pro', 'Sarah J.'],
  },
  {
    name: 'weight loss',
    template:
      '{lost} {kg} in {weeks} weeks with this {natural} keto {pill}, no diet and no gym. {doctors} {link} https://{domain}/{path}',
    slots: {
      lost: ['I lost', 'My sister lost', 'My husband dropped', 'I finally lost'],
      kg: ['12 kg', '20 pounds', '9 kilos', '30 lbs'],
      weeks: ['three', 'four', 'six', 'two'],
      natural: ['natural', 'herbal', 'organic', 'clinically proven'],
      pill: ['pill', 'supplement', 'capsule', 'formula'],
      doctors: ['Doctors hate it.', 'Doctors are shocked.', 'It really works.', 'Try it yourself.'],
      link: ['Get yours:', 'Order here:', 'Details:', 'Link:'],
    },
    domain: 'keto-slim-fast.example',
    names: ['Slim Fast', 'Maria G', 'Keto Coach', 'Jessica Brown'],
  },
];

/**
 * A campaign that no hand-set signal describes (garden furniture with a link): what a fresh hub
 * does not catch from its text alone, for the tests of the hub's campaign memory. (The weight-loss
 * campaign served until the offer signals of 2026-12-06 caught it at first sight.)
 */
export const UNSEEN_CAMPAIGN: Campaign = {
  name: 'garden furniture',
  template:
    '{greet} {great} read. {we} {make} {wood} garden benches and {tables} in {place}, {see} https://{domain}/{path}',
  slots: {
    greet: ['Hey,', 'Hi there,', 'Hello,', 'Nice,'],
    great: ['good', 'lovely', 'interesting', 'thoughtful'],
    we: ['We', 'Our workshop', 'My brother and I', 'Our family'],
    make: ['build', 'craft', 'make', 'put together'],
    wood: ['oak', 'teak', 'cedar', 'larch'],
    tables: ['picnic tables', 'planters', 'pergolas', 'swing seats'],
    place: ['our barn', 'the valley', 'a small village', 'our yard'],
    see: ['have a look', 'pictures at', 'see them at', 'more at'],
  },
  domain: 'oak-and-garden.example',
  names: ['Garden Bench Co', 'Tom Oakley', 'Helen W', 'Woodwork Dan'],
};

/** A campaign variant as Akismet form fields. */
export interface Variant {
  comment_content: string;
  comment_author: string;
  comment_author_email: string;
  user_ip: string;
}

/** The `index`-th variant of a campaign: synonyms, a path on the same domain, a name, an address. */
export function variant(c: Campaign, index: number, seed = 1): Variant {
  const rnd = seeded(seed * 100_003 + index * 7919 + c.name.length);
  const path = `${pick(rnd, ['shop', 'p', 'item', 'go', 'offer'])}/${Math.floor(rnd() * 1e6).toString(36)}`;
  let text = c.template.replace('{domain}', c.domain).replace('{path}', path);
  for (const [slot, words] of Object.entries(c.slots)) text = text.replace(`{${slot}}`, pick(rnd, words));
  const author = pick(rnd, c.names);
  return {
    comment_content: text,
    comment_author: author,
    comment_author_email: `${author.toLowerCase().replace(/[^a-z]+/g, '.')}${index}@mail.example`,
    user_ip: `198.51.${100 + Math.floor(rnd() * 50)}.${1 + Math.floor(rnd() * 250)}`,
  };
}

// Readers' remarks from independent parts, so that two of them rarely share more than a few
// words (unlike a campaign's variants, they are not near-duplicates of each other).
const WHO = [
  'I read this twice and',
  'Living near the station,',
  'As a teacher in the district,',
  'My grandmother remembers the old market, and',
  'Good reporting, though',
  'I was at the meeting on Tuesday and',
  'Having commuted on that line for years,',
  'Speaking as a nurse,',
  'Our street association discussed it and',
  'From what my landlord says,',
  'As someone who runs a small bakery,',
  'My kids go to that school, and',
  'I cycle past there daily;',
  'Retired engineer here:',
  'We moved to the area last spring and',
  'Funny timing, because',
];
const WHAT = [
  'the figures on school funding',
  'the bus timetable changes',
  'the new cycle lane',
  'the library merger',
  'last winter’s flooding',
  'the rent survey',
  'the postponed vote',
  'the hospital parking charges',
  'the bridge repairs',
  'the recycling collection',
  'the market hall plans',
  'the swimming pool closure',
  'the housing estate proposal',
  'the youth club funding',
  'the speed cameras',
  'the festival budget',
];
const HOW = [
  'do not match what we were told at the open evening',
  'will make mornings harder for shift workers',
  'seem to have been decided before anyone asked us',
  'deserve a closer look at the contract terms',
  'were handled better in the neighbouring county',
  'affect the older residents most of all',
  'have been delayed three times already',
  'sound sensible if the money really arrives',
  'need a proper explanation from the mayor',
  'are the first good news for the north side in ages',
  'left out the shops along the high street',
  'could be fixed with a simple signpost',
];
const WHERE = [
  'on Mill Lane',
  'by the harbour',
  'near the old brewery',
  'behind the leisure centre',
  'at the top of Castle Hill',
  'along the canal path',
  'opposite the fire station',
  'in the Westfield estate',
  'past the cemetery gates',
  'around Victoria Park',
  'next to the garden centre',
  'under the railway arches',
  'beside the primary school',
  'over on Quarry Road',
  'out by the ring road',
  'round the back of the cathedral',
];
const FEEL = [
  'which honestly worries me',
  'and frankly I am relieved',
  'so I remain sceptical',
  'which nobody expected',
  'and my partner agrees',
  'though the details matter',
  'yet people keep asking me about it',
  'which seems fair enough',
  'and the neighbours are furious',
  'so we wrote to our councillor',
  'but it could still change',
  'and it shows in the numbers',
];
const THEN = [
  'Could you follow up?',
  'Thanks for covering it.',
  'I hope the next piece talks to residents.',
  'Does anyone know when the consultation closes?',
  'Worth keeping an eye on.',
  'The photos were a nice touch.',
  'My neighbour disagrees, for what it is worth.',
  'I will bring it up at the ward meeting.',
  'Happy to share our petition with your reporter.',
  'Let us see what the auditors say.',
];

/** An ordinary reader's comment, with a name, email and address of its own. */
export function ordinary(index: number, seed = 7): Variant {
  const rnd = seeded(seed * 31 + index);
  return {
    comment_content: `${pick(rnd, WHO)} ${pick(rnd, WHAT)} ${pick(rnd, WHERE)} ${pick(rnd, HOW)}, ${pick(rnd, FEEL)}. ${pick(rnd, THEN)}`,
    comment_author: `Reader ${String.fromCharCode(65 + (index % 26))}. ${['Novak', 'Okafor', 'Silva', 'Berg'][index % 4]}`,
    comment_author_email: `reader${index}.${seed}@inbox.example`,
    // Readers come from everywhere: every comment from its own /24.
    user_ip: `100.${64 + ((index * 13 + seed) % 60)}.${(index * 7 + seed * 3) % 250}.${1 + ((index * 37) % 250)}`,
  };
}
