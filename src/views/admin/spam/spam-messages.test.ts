// The spam pages' counted phrases in Russian, for the numbers whose forms differ (1, 2, 5, 11,
// 21, 22, 25, 111), and the same phrases in Chinese, which counts without changing the noun.
import { describe, expect, it } from 'vitest';
import { adminTranslatorFor } from '../../../i18n/index.ts';

const NUMBERS = [1, 2, 5, 11, 21, 22, 25, 111];
const ru = adminTranslatorFor('ru');
const zh = adminTranslatorFor('zh-Hans');

describe('counted phrases of the spam pages', () => {
  it('agrees Russian words with every count', () => {
    expect(NUMBERS.map((count) => ru.t('spam.lists.skipped', { count }))).toEqual([
      'пропущена 1 строка с ошибкой',
      'пропущены 2 строки с ошибками',
      'пропущено 5 строк с ошибками',
      'пропущено 11 строк с ошибками',
      'пропущена 21 строка с ошибкой',
      'пропущены 22 строки с ошибками',
      'пропущено 25 строк с ошибками',
      'пропущено 111 строк с ошибками',
    ]);
    expect(NUMBERS.map((count) => ru.t('spam.chart.learning.xAxis', { count }))).toEqual([
      '1 решение',
      '2 решения',
      '5 решений',
      '11 решений',
      '21 решение',
      '22 решения',
      '25 решений',
      '111 решений',
    ]);
    expect(
      NUMBERS.map((x) => ru.t('spam.chart.point', { series: 'Psy', share: '75 %', x }).split('после ')[1]),
    ).toEqual([
      '1 решения',
      '2 решений',
      '5 решений',
      '11 решений',
      '21 решения',
      '22 решений',
      '25 решений',
      '111 решений',
    ]);
    expect(
      NUMBERS.map((minutes) => ru.t('spam.lists.checked', { time: 'сейчас', minutes }).split(', ')[1]),
    ).toEqual([
      'каждые 1 минуту',
      'каждые 2 минуты',
      'каждые 5 минут',
      'каждые 11 минут',
      'каждые 21 минуту',
      'каждые 22 минуты',
      'каждые 25 минут',
      'каждые 111 минут',
    ]);
    expect(ru.t('spam.chart.perDay.description', { total: 21, days: 30 })).toBe(
      'Оценён 21 комментарий за последние 30 дней: не спам, спам и отброшенные по дням.',
    );
    expect(ru.t('spam.lists.updated', { name: 'ips', entries: 22, skipped: 0 })).toBe(
      'Список «ips»: загружены 22 записи.',
    );
    expect(ru.t('spam.lists.updated', { name: 'ips', entries: 111, skipped: 1 })).toBe(
      'Список «ips»: загружено 111 записей, пропущена 1 строка с ошибкой.',
    );
  });

  it('counts in Chinese with the number alone', () => {
    expect(zh.t('spam.lists.skipped', { count: 1021 })).toBe('跳过了 1,021 行格式错误的内容');
    expect(zh.t('spam.chart.learning.xAxis', { count: 22 })).toBe('22 次处理');
    expect(zh.t('spam.lists.updated', { name: 'ips', entries: 5, skipped: 0 })).toBe(
      '名单“ips”：已加载 5 个条目。',
    );
  });
});
