import { describe, expect, it } from 'vitest';
import { keywordAuthor } from './author-name.ts';
import { builtinModel } from '../../classifier/builtin.ts';
import { businessSignoff, signedByAuthor } from './business-signoff.ts';
import { normalizeText } from '../../text/normalize.ts';
import { scoreComment } from '../../score.ts';

const signoff = (text: string) => businessSignoff(normalizeText(text).plain);

describe('businessSignoff: a business signing off the comment', () => {
  it.each([
    ['Great post! Regards, Summit Roofing Contractors Denver', 'Summit Roofing Contractors Denver'],
    ['Keep it up! Cheers, the team at Bright Smile Dental', 'Bright Smile Dental'],
    ['Very informative. — Harper Plumbing & Heating Ltd', 'Harper Plumbing & Heating Ltd'],
    ['Well written. Best wishes from Swift Movers Chicago', 'Swift Movers Chicago'],
    ['Great read. Regards, Mike from Apex Pest Control Phoenix', 'Apex Pest Control Phoenix'],
    ['Love this article! Best, Jenna @ Luxe Lash Studio', 'Luxe Lash Studio'],
    ['Отличная статья. С уважением, компания «СтройДом»', 'компания «СтройДом»'],
    [
      'Хорошая статья! Юридическая компания «Право и Закон», Екатеринбург',
      'Юридическая компания «Право и Закон», Екатеринбург',
    ],
    ['文章很有帮助，谢谢博主！——广州顺达物流有限公司', '广州顺达物流有限公司'],
    ['好文章，收藏了。来自杭州美家家政服务', '来自杭州美家家政服务'],
  ])('%s', (text, name) => expect(signoff(text)?.name).toBe(name));

  it.each([
    'Great article, really well written. Regards, Tom',
    'Thanks for sharing. Best wishes from Chicago!',
    'Keep up the good work! Kind regards, Anna Kowalski',
    'Great analysis of the budget. Regards, Dr. Ahmed',
    'Well researched, thank you. Cheers from a long-time reader in Melbourne',
    'The figure is £4.2m. Regards, Press Office, Leeds City Council',
    'The recall covers models built in spring. Sarah Lee, Communications Manager, Northwind Motors',
    'I work for Acme Logistics and we were not consulted either.',
    'Спасибо за статью! С уважением, Ирина',
    'Хорошая статья. С уважением, пресс-служба акимата города Алматы',
    'Отличная статья. Я работаю в логистической компании в Алматы — нам удвоили бумажную работу.',
    '写得很好，学习了。——小李',
    '文章很有帮助。我是上海一家装修公司的员工',
    '关于召回说明一下，我们会逐一通知车主。——华远汽车新闻发言人',
  ])('%s is no business sign-off', (text) => expect(signoff(text)).toBeNull());
});

describe('signedByAuthor: the author or the website is the business that signs', () => {
  const found = signoff('Great read. Regards, Mike from Apex Pest Control Phoenix');
  it('reads the name and the domain', () => {
    expect(found).not.toBeNull();
    if (!found) return;
    expect(signedByAuthor(found, 'Apex Pest Control', '')).toBe(true);
    expect(signedByAuthor(found, 'Mike', 'https://apexpestcontrolphoenix.com')).toBe(true);
    expect(signedByAuthor(found, 'Mike', 'https://mike.blog')).toBe(false);
  });
});

describe('keywordAuthor: a business name at its own site', () => {
  it.each([
    ['Summit Roofing', 'https://summitroofing.com', 1],
    ['Bright Smile Dental', 'https://brightsmiledental.com', 1],
    ['Sarah Painter', 'https://sarahpainter.com', 0],
    ['Sophie Baker', 'https://sophiebaker.com', 0],
    ['Dental nurse', 'https://dentalnurse.blog', 0],
    ['Summit Roofing', 'https://example.org', 0],
  ] as const)('%s at %s', (author, url, n) => expect(keywordAuthor(author, url)).toBe(n));
});

describe('praise and a business sign-off in the verdict', () => {
  const model = builtinModel();
  const verdict = (content: string, author: string, url?: string) =>
    scoreComment({ content, author, url }, model).verdict;

  it.each([
    [
      'Great post, really well written. Regards, Summit Roofing Contractors Denver',
      'Summit Roofing',
      'https://summitroofingdenver.com',
    ],
    [
      'Learned a lot from this, keep it up! Cheers, the team at Bright Smile Dental',
      'Bright Smile Dental',
      'https://brightsmiledental.com',
    ],
    [
      'Great read, very informative. Regards, Mike from Apex Pest Control Phoenix',
      'Mike',
      'https://apexpestcontrolphoenix.com',
    ],
    ['Great post, thanks for sharing!', 'Summit Roofing', 'https://summitroofing.com'],
    [
      'Отличная статья, очень полезно. С уважением, компания «СтройДом», строительство домов под ключ',
      'СтройДом',
      'https://stroydom-spb.ru',
    ],
    ['Спасибо за статью! Натяжные потолки в Москве', 'Натяжные потолки', 'https://potolki-msk.ru'],
    ['文章很有帮助，谢谢博主！——广州顺达物流有限公司', '顺达物流', 'https://shundawuliu.com'],
    ['好文章，收藏了。来自杭州美家家政服务', '美家家政', 'https://meijiajz.cn'],
  ])('%s (%s) is spam', (content, author, url) => expect(verdict(content, author, url)).not.toBe('ham'));

  it.each([
    // praise and a sign-off without the business's site: held at most, never spam
    [
      'Great article, very informative! Regards, Prime Movers Dallas',
      'Prime Movers Dallas',
      undefined,
      'spam',
    ],
    // a sign-off alone, a business name alone
    [
      'We have appealed the fine and will publish our response on Friday. — Summit Roofing Ltd',
      'Summit Roofing Ltd',
      'https://summitroofing.com',
      'hold',
    ],
    ['Where can I read the full ruling?', 'Summit Roofing', 'https://summitroofing.com', 'hold'],
    // people, their blogs, their employers, press offices, a spokesperson
    ['Great article, really well written. Regards, Tom', 'Tom Harris', 'https://tomharris.blog', 'hold'],
    ['Great post, thanks for sharing!', 'Sarah Painter', 'https://sarahpainter.com', 'hold'],
    ['Really enjoyed this, thanks!', 'Kate Murphy', 'https://katemurphy.blog', 'hold'],
    [
      'As a plumber in Leeds I see these boilers fail every winter. Good article.',
      'Ahmed',
      undefined,
      'hold',
    ],
    [
      'The recall covers only models built between March and June. Sarah Lee, Communications Manager, Northwind Motors',
      'Sarah Lee',
      'https://northwindmotors.com',
      'hold',
    ],
    ['Спасибо за статью! С уважением, Ирина', 'Ирина Петрова', undefined, 'hold'],
    [
      'Отличная статья. Я работаю в логистической компании в Алматы, и новые правила удвоили нам бумажную работу.',
      'Ерлан',
      undefined,
      'hold',
    ],
    ['写得很好，学习了。——小李', '李华', 'https://www.jianshu.com/u/lihua', 'hold'],
    ['文章很有帮助。我是上海一家装修公司的员工，工地上确实缺人。', '陈先生', undefined, 'hold'],
  ])('%s (%s) is not %s', (content, author, url, not) => {
    const v = verdict(content, author, url);
    expect(v).not.toBe(not);
    expect(v).not.toBe('spam');
    expect(v).not.toBe('discard');
  });
});
