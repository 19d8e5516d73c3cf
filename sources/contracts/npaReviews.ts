import { defineRegister } from './defineRegister.ts';

export const npaReviews = defineRegister({
  id: 'npa_reviews',
  names: ['нпа', 'экспертиза нпа', 'проекты нпа', 'нқа'],
  key: ['npa_id'],
  columns: {
    npa_id: { type: 'text', required: true, aliases: ['id', 'номер', '№', 'код'] },
    title: { type: 'text', required: true, aliases: ['наименование', 'название', 'проект нпа', 'атауы'] },
    source_body: { type: 'text', aliases: ['разработчик', 'орган-разработчик', 'от кого', 'әзірлеуші'] },
    received_on: { type: 'date', aliases: ['дата поступления', 'түскен күні'] },
    reviewed_on: { type: 'date', aliases: ['дата рассмотрения', 'дата заключения', 'қаралған күні'] },
    commission: { type: 'commission', aliases: ['комиссия', 'комиссиясы'] },
    result: {
      type: 'enum', aliases: ['результат', 'итог', 'заключение', 'нәтиже'],
      values: {
        approved: ['одобрено', 'поддержано', 'согласовано', 'мақұлданды'],
        approved_with_remarks: ['одобрено с замечаниями', 'с замечаниями', 'ескертулермен мақұлданды'],
        rejected: ['отклонено', 'не поддержано', 'қабылданбады'],
        pending: ['на рассмотрении', 'в работе', 'қаралуда'],
      },
    },
    // Optional: the member who wrote the conclusion (id or name), for the member KPI.
    author: { type: 'text', aliases: ['автор', 'автор заключения', 'подготовил', 'докладчик', 'авторы'] },
  },
});
