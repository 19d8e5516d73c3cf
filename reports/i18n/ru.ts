/**
 * Russian labels — the default language of the reports and the source of the
 * `Labels` type: kk.ts and en.ts are typed against it, so a key added here and
 * forgotten there fails the typecheck instead of printing a raw id to a reader.
 *
 * Values are plain strings (no `as const`) so the other languages may differ.
 * `{n}` in a template is replaced by `formatLabel`.
 */
export const ru = {
  meta: {
    /** BCP 47 tag for number and date formatting (Intl). */
    locale: 'ru-RU',
    language: 'Русский',
  },

  /** Metric ids of DESIGN.md (mart_period_metrics.metric, stated_figures.metric). */
  metrics: {
    general_meetings: 'Заседания Общественного совета',
    presidium_meetings: 'Заседания президиума',
    commission_meetings: 'Заседания комиссий',
    report_hearings: 'Заслушивания отчётов госорганов',
    departments_heard: 'Заслушано управлений акимата',
    subordinate_orgs_heard: 'Заслушано подведомственных организаций',
    district_akimats_heard: 'Заслушано районных акиматов',
    public_hearings: 'Общественные слушания',
    monitorings: 'Общественные мониторинги',
    npa_reviewed: 'Рассмотрено проектов НПА',
    npa_approved: 'НПА одобрено',
    npa_with_remarks: 'НПА одобрено с замечаниями',
    npa_pending: 'НПА на рассмотрении',
    round_tables: 'Круглые столы',
    dialog_platforms: 'Диалоговые площадки',
    seminars: 'Семинары',
    memoranda: 'Меморандумы',
    appeals_received: 'Поступило обращений',
    appeals_individuals: 'Обращения физических лиц',
    appeals_legal_entities: 'Обращения юридических лиц',
    appeals_answered: 'Даны ответы на обращения',
    letters_sent: 'Направлено писем',
    letters_answered: 'Получено ответов на письма',
    publications: 'Публикации',
    members_total: 'Членов совета',
    members_civil: 'Представители гражданского общества',
    members_state: 'Представители госорганов',
    members_left: 'Выбыло членов',
    members_joined: 'Вошло новых членов',
    commissions: 'Комиссии',
  },

  /** activities.type */
  activityTypes: {
    monitoring: 'Общественный мониторинг',
    public_hearing: 'Общественные слушания',
    report_hearing: 'Заслушивание отчёта',
    npa_review: 'Экспертиза НПА',
    round_table: 'Круглый стол',
    dialog_platform: 'Диалоговая площадка',
    official_meeting: 'Официальная встреча',
    seminar: 'Семинар',
    memorandum: 'Меморандум',
    site_visit: 'Выездное мероприятие',
    media_project: 'Медиапроект',
    other: 'Другое',
  },

  /** meetings.body and mart_member_attendance.body; 'commission 3' uses commissionNumbered. */
  bodies: {
    council: 'Общественный совет',
    presidium: 'Президиум',
    commission: 'Комиссия',
    commissionNumbered: 'Комиссия № {n}',
    committee: 'Комитет',
    working_group: 'Рабочая группа',
    all: 'Все заседания',
  },

  /** meetings.format */
  meetingFormats: {
    offline: 'Очно',
    online: 'Онлайн',
    hybrid: 'Смешанный формат',
  },

  /** attendance.status */
  attendanceStatuses: {
    present: 'Присутствовал',
    online: 'Онлайн',
    late: 'Опоздал',
    left_early: 'Ушёл раньше',
    absent_excused: 'Отсутствовал по уважительной причине',
    absent_unexcused: 'Отсутствовал без уважительной причины',
    unknown: 'Не установлено',
  },

  /** Section titles; also the sheet names, so each stays within Excel's 31 characters. */
  sections: {
    summary: 'Сводные показатели',
    meetings: 'Заседания и кворум',
    memberAttendance: 'Посещаемость членов совета',
    activities: 'Мероприятия',
    appeals: 'Обращения граждан',
    memberKpi: 'KPI членов совета',
  },

  /** Column headers, keyed by mart column name. */
  columns: {
    period: 'Период',
    metric: 'Показатель',
    value: 'Значение',
    previous_value: 'Предыдущий период',
    year_ago_value: 'Год назад',
    meeting_id: 'ID заседания',
    body: 'Орган',
    date: 'Дата',
    format: 'Формат',
    number: 'Номер',
    title: 'Тема',
    members_total: 'Членов всего',
    present: 'Присутствовали',
    online: 'Онлайн',
    quorum_required: 'Необходимо для кворума',
    quorum_met: 'Кворум',
    member_id: 'ID члена совета',
    full_name: 'ФИО',
    commission: 'Комиссия',
    expected: 'Ожидалось заседаний',
    attended: 'Посещено',
    excused: 'Пропуски по уважительной причине',
    unexcused: 'Пропуски без уважительной причины',
    unknown: 'Статус не установлен',
    attendance_rate: 'Посещаемость',
    exclusion_risk: 'Риск исключения',
    meetings_expected: 'Ожидалось заседаний',
    meetings_attended: 'Посещено заседаний',
    activities_participated: 'Участие в мероприятиях',
    activities_led: 'Проведено мероприятий',
    score: 'Балл',
    rank: 'Место',
    activity_id: 'ID мероприятия',
    type: 'Вид мероприятия',
    date_start: 'Дата начала',
    date_end: 'Дата окончания',
    target_body: 'Госорган',
    recommendations: 'Рекомендации',
    month: 'Месяц',
    activities: 'Мероприятий',
    received: 'Поступило',
    answered: 'Дан ответ',
  },

  /** Chart titles, descriptions (read by screen readers) and axis titles. */
  charts: {
    activitiesByMonth: {
      title: 'Мероприятия по месяцам',
      description: 'Число мероприятий в каждом месяце с разбивкой по видам',
      x: 'Месяц',
      y: 'Мероприятий',
      color: 'Вид мероприятия',
    },
    memberAttendance: {
      title: 'Посещаемость членов совета',
      description: 'Доля посещённых заседаний от ожидаемых по каждому члену совета, все органы',
      x: 'Посещаемость',
      y: 'Член совета',
    },
    appealsMonthly: {
      title: 'Обращения по месяцам',
      description: 'Поступившие обращения и обращения, на которые дан ответ, по месяцам',
      x: 'Месяц',
      y: 'Обращений',
      color: 'Показатель',
    },
    memberKpiRanking: {
      title: 'Рейтинг членов совета (KPI)',
      description: 'Итоговый балл KPI каждого члена совета, от высшего к низшему',
      x: 'Балл (0–100)',
      y: 'Член совета',
    },
    meetingsQuorum: {
      title: 'Кворум на заседаниях',
      description: 'Число присутствовавших на каждом заседании и число, необходимое для кворума',
      x: 'Заседание',
      y: 'Членов совета',
      color: 'Кворум',
      quorumMark: 'Необходимо для кворума',
    },
  },

  /** Dashboard and workbook interface strings. */
  ui: {
    yes: 'Да',
    no: 'Нет',
    noData: 'Нет данных',
    period: 'Период',
    keyIndicators: 'Основные показатели',
    charts: 'Графики',
    previousPeriod: 'предыдущий период',
    yearAgo: 'год назад',
    increase: 'рост',
    decrease: 'снижение',
    unchanged: 'без изменений',
    chartFailed: 'График не удалось построить',
    scriptsRequired: 'Для графиков нужен JavaScript; таблицы — в отчёте Excel.',
    generatedBy: 'Подготовлено программой kenes по данным реестров совета',
    reportTitle: 'Годовой отчёт',
  },
};

export type Labels = typeof ru;
