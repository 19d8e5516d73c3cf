/** The web workspace's own words (pages, buttons, messages), Russian: the default. Figures' labels are the reports' (reports/i18n). */
export const ru = {
  lang: 'ru',
  title: 'kenes — рабочее место совета',
  nav: { inputs: 'Данные', review: 'Проверка', issues: 'Ошибки данных', figures: 'Показатели', members: 'Члены совета', outputs: 'Файлы', audit: 'Журнал' },
  login: { title: 'Вход', name: 'Имя', password: 'Пароль', submit: 'Войти', failed: 'Неверное имя или пароль', locked: 'Слишком много попыток; попробуйте позже', logout: 'Выйти' },
  role: { secretariat: 'секретариат', viewer: 'просмотр' },
  common: {
    file: 'Файл', sheet: 'Лист', row: 'Строка', line: 'Строка документа', column: 'Столбец', value: 'Значение', reason: 'Причина',
    filter: 'Фильтр', apply: 'Применить', download: 'Скачать', when: 'Когда', who: 'Кто', what: 'Что', nothing: 'Пока ничего нет.',
    period: 'Период', busy: 'Рабочая папка занята другой программой kenes; подождите и повторите.', forbidden: 'Нет прав на это действие.',
    error: 'Ошибка', back: 'Назад', running: 'Выполняется…', done: 'Готово', failed: 'Не удалось', language: 'Язык',
  },
  inputs: {
    title: 'Реестры и документы', upload: 'Загрузить файлы', choose: 'Файлы (реестры .xlsx/.csv, протоколы и отчёты .docx/.txt/.pdf)',
    folder: 'или папку', submit: 'Загрузить и прочитать', batches: 'Загрузки', batch: 'Загрузка', loaded: 'строк загружено', rejected: 'строк отклонено',
    register: 'Реестр', note: 'Примечание', rejects: 'Отклонённые строки', rejectsHint: 'Исправьте ячейку в своём файле и загрузите его снова: файл с тем же именем заменяет свои прежние строки.',
    xlsx: 'Скачать отклонённые (.xlsx)', skipped: 'не загружен', toReview: 'нужна проверка', refusedUpload: 'Файл не принят',
    result: 'Результат загрузки',
  },
  review: {
    title: 'Проверка извлечённого из документов', none: 'Нечего проверять: документы без сомнительных мест.',
    kind: 'Вид', item: 'Что прочитано', candidates: 'Кандидаты', text: 'Текст строки', decision: 'Решение', corrected: 'Исправленное значение',
    note: 'Комментарий', save: 'Сохранить', accept: 'принять', correct: 'исправить', reject: 'отклонить', decided: 'Решено',
    why: 'Почему не уверен', document: 'Документ',
  },
  issues: {
    title: 'Ошибки данных', none: 'Ошибок нет.', notBuilt: 'Сначала соберите показатели (Файлы → Собрать).', todo: 'Что сделать',
    touched: 'Затронутые показатели', warnings: 'Предупреждения', errors: 'Ошибки', count: 'строк',
  },
  figures: { title: 'Панель показателей', show: 'Показать', make: 'Собрать панель за период', missing: 'Панели за этот период ещё нет.', periodHint: '2025, 2025-H1, 2025-Q3, 2025-05, 2025-05-01..2025-12-31, convocation:IV' },
  members: { title: 'Листы членов совета', sheet: 'Лист для проверки', make: 'Сделать лист', id: 'ID', name: 'ФИО', commission: 'Комиссия', score: 'KPI', rank: 'Место', notBuilt: 'Сначала соберите показатели.' },
  outputs: {
    title: 'Сборка и файлы', build: 'Собрать', buildHint: 'Пересчитать показатели, проверить данные и написать книгу, панель, диаграммы и черновик отчёта (полную и публичную версии).',
    templates: 'Шаблоны реестров', quarterly: 'Квартальная выгрузка комиссии', commission: 'Комиссия', quarter: 'Квартал (2025-Q3)',
    make: 'Сделать', files: 'Готовые файлы', public: 'Публичная версия (без персональных данных)', full: 'Полная версия', progress: 'Ход работы',
  },
  audit: { title: 'Журнал изменений' },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type UiText = Widen<typeof ru>;
