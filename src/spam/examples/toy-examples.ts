// A tiny hand-written training set for unit tests (invented sentences, not from any data set).
import type { TrainingExample } from '../classifier/train.ts';

const spam = [
  'Win a free casino bonus now at http://bit.ly/win',
  'Check out my channel and subscribe for free gifts',
  'Cheap pills online, best price, click http://pills.example.biz',
  'Earn money fast from home, message me on whatsapp',
  'Free bonus spins at the casino, sign up today',
  'Subscribe to my channel please, I post every day',
  'Make money online now, click the link in my profile',
  'Best casino offers, huge bonus, visit now',
];
const ham = [
  'Thanks for the article, the council vote was close',
  'I disagree with the mayor on the transport budget',
  'Great reporting on the school funding story',
  'The photos of the flood are heartbreaking',
  'Could you follow up on the hospital waiting times?',
  'My street was closed all week because of the works',
  'Interesting interview, the historian made good points',
  'The match report missed the second goal',
];

/** Eight spam and eight ham comments. */
export const TOY_EXAMPLES: TrainingExample[] = [
  ...spam.map((content) => ({ input: { content }, spam: true })),
  ...ham.map((content) => ({ input: { content }, spam: false })),
];
