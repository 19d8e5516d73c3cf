/**
 * Invented members of commission 2, as named (in other forms) in the fixture
 * protocol tests/fixtures/extract/protocol-commission-ru.* — and K09, a
 * namesake of K08 ("Орлов Д.") in another commission, who must not be taken for him.
 */
export const COMMISSION_MEMBERS_CSV = [
  'member_id,full_name,commission',
  'K01,Иванов Иван Иванович,2',
  'K02,Петрова Анна Сергеевна,2',
  'K03,Сидоров Семен Семенович,2',
  'K04,Ахметова Динара Ерлановна,2',
  'K05,Ким Виктор Петрович,2',
  'K06,Жумабаев Болат Кайратович,2',
  'K07,Серикова Лаура Маратовна,2',
  'K08,Орлов Денис Андреевич,2',
  'K09,Орлов Дмитрий Сергеевич,1',
].join('\n');
