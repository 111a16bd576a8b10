// Development and held-out examples of Russian readers who share the recording (запись) of an
// event, and booking adverts whose «запись» is the seller's call (issue 15, 2026-12-07, evening;
// docs/spam.md, "A recording is no booking"). Written before any code change; the held-out
// batches were measured once before and once after.

/** Readers sharing a recording (development, genuine). */
export const RECORDING_GENUINE_DEV: readonly string[] = [
  'Полная запись пресс-конференции на канале министерства: https://www.youtube.com/watch?v=Xk3jd92LsQe',
  'Запись заседания есть на канале парламента https://www.youtube.com/watch?v=Pq81mZs0dLw',
  'Полная запись: https://www.youtube.com/watch?v=Xk3jd92LsQe',
  'Кто пропустил, запись эфира выложили здесь https://www.youtube.com/watch?v=Hh27sLq9eTa',
  'Видеозапись выступления посла на форуме: https://youtu.be/Tr5kd0Qm2zE',
  'Аудиозапись интервью целиком, там про визы с 12-й минуты: https://soundcloud.com/radio-azattyq/intervyu-vizy',
];

/** Booking adverts (development, spam). */
export const BOOKING_SPAM_DEV: readonly string[] = [
  'Маникюр, педикюр, наращивание ресниц. Недорого, опыт 5 лет. Запись по телефону +7 701 555 2233',
  'Массаж на дому, выезд по всему городу. Запись: https://nail-studio-almaty.kz/zapis',
  'Стрижки от 3000 тенге, запись открыта на декабрь, пишите в директ @barber_ast',
  'Онлайн-запись к косметологу, скидки до 30%: https://beauty-ast.kz',
];

/** Readers sharing a recording (held out, genuine). */
export const RECORDING_GENUINE_HELDOUT: readonly string[] = [
  'Запись круглого стола по транзиту через Каспий уже на сайте: https://www.youtube.com/watch?v=Ls9dK2mQp0a',
  'Полную запись брифинга МИД можно посмотреть тут https://www.youtube.com/watch?v=Br1eF9nGq3s',
  'Запись трансляции открытия саммита: https://youtu.be/Sm0pEn1nG7k',
  'Там в записи видно, что вопрос про тарифы задавали дважды: https://www.youtube.com/watch?v=Qa77rT2bYx0',
];

/** Booking adverts (held out, spam). */
export const BOOKING_SPAM_HELDOUT: readonly string[] = [
  'Ламинирование бровей и ресниц, качественно и недорого. Запись: +7 747 555 0199',
  'Репетитор по английскому, онлайн и на дому. Запись на пробный урок: https://english-tutor-kz.com',
  'Шугаринг, акция до конца месяца! Запись в WhatsApp +7 705 555 3311',
];
