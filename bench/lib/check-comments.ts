// The comments the comment-check benches send (bench/akismet.ts over HTTP, bench/spam-check.ts
// in-process): ham and spam in English, Chinese and Russian, so both measure the same work.
export const CHECK_COMMENTS: readonly string[] = [
  'Thanks for the clear write-up on the council budget; the school funding table helped a lot.',
  'CHEAP casino bonus!!! Win money now http://bit.ly/x1 http://bit.ly/x2',
  'I disagree with the second point: the figures for 2024 were revised in March.',
  'Check out my channel and subscribe for free gift cards http://tinyurl.com/abc',
  '这篇文章写得很好，谢谢分享。',
  'Отличная статья, спасибо автору за подробный разбор.',
];
