// The five regional areas whose billing systems feed the unified model (DOMAIN.md: an assumption
// drawn from EPS's five remaining cash desks). Payee accounts other than Belgrade's are fictitious but
// carry valid mod-97 check digits.
import type { ExportFormat } from '@portal/regional-import';

export interface DemoRegion {
  id: string;
  name: string;
  nameLatin: string;
  /** the format of the region's exports (REGIONAL-EXPORTS.md part 2), which the importer reads */
  billingSystem: ExportFormat;
  branchName: string;
  branchAddress: string;
  payeeAccount: string;
  payeeName: string;
  phone: string;
  /** towns of the area, with postal codes, for addresses */
  towns: readonly (readonly [string, string])[];
  /** share of the customers living there */
  weight: number;
}

export const demoRegions: readonly DemoRegion[] = [
  {
    id: 'BG',
    name: 'Београд',
    nameLatin: 'Beograd',
    billingSystem: 'bg-csv',
    branchName: 'ЕПС Снабдевање, огранак Београд',
    branchAddress: 'Балканска 13, 11000 Београд',
    payeeAccount: '845000000040484987',
    payeeName: 'ЈП ЕПС БЕОГРАД',
    phone: '011 3970 777',
    towns: [
      ['Београд', '11000'],
      ['Земун', '11080'],
      ['Нови Београд', '11070'],
      ['Младеновац', '11400'],
      ['Обреновац', '11500'],
    ],
    weight: 30,
  },
  {
    id: 'NS',
    name: 'Нови Сад',
    nameLatin: 'Novi Sad',
    billingSystem: 'ns-fixed',
    branchName: 'ЕПС Снабдевање, огранак Нови Сад',
    branchAddress: 'Булевар ослобођења 100, 21000 Нови Сад',
    payeeAccount: '160000000012345654',
    payeeName: 'ЈП ЕПС БЕОГРАД',
    phone: '021 4821 000',
    towns: [
      ['Нови Сад', '21000'],
      ['Суботица', '24000'],
      ['Зрењанин', '23000'],
      ['Сомбор', '25000'],
      ['Панчево', '26000'],
    ],
    weight: 25,
  },
  {
    id: 'NI',
    name: 'Ниш',
    nameLatin: 'Niš',
    billingSystem: 'ni-jsonl',
    branchName: 'ЕПС Снабдевање, огранак Ниш',
    branchAddress: 'Зетска 4, 18000 Ниш',
    payeeAccount: '205000000054321058',
    payeeName: 'ЈП ЕПС БЕОГРАД',
    phone: '018 4214 000',
    towns: [
      ['Ниш', '18000'],
      ['Лесковац', '16000'],
      ['Врање', '17500'],
      ['Пирот', '18300'],
      ['Зајечар', '19000'],
    ],
    weight: 18,
  },
  {
    id: 'KG',
    name: 'Крагујевац',
    nameLatin: 'Kragujevac',
    billingSystem: 'kg-xml',
    branchName: 'ЕПС Снабдевање, огранак Крагујевац',
    branchAddress: 'Слободе 7, 34000 Крагујевац',
    payeeAccount: '170000000067890120',
    payeeName: 'ЈП ЕПС БЕОГРАД',
    phone: '034 322 200',
    towns: [
      ['Крагујевац', '34000'],
      ['Јагодина', '35000'],
      ['Смедерево', '11300'],
      ['Пожаревац', '12000'],
      ['Ћуприја', '35230'],
    ],
    weight: 15,
  },
  {
    id: 'KV',
    name: 'Краљево',
    nameLatin: 'Kraljevo',
    billingSystem: 'kv-csv',
    branchName: 'ЕПС Снабдевање, огранак Краљево',
    branchAddress: 'Димитрија Туцовића 2, 36000 Краљево',
    payeeAccount: '265000000011223392',
    payeeName: 'ЈП ЕПС БЕОГРАД',
    phone: '036 301 300',
    towns: [
      ['Краљево', '36000'],
      ['Чачак', '32000'],
      ['Ужице', '31000'],
      ['Нови Пазар', '36300'],
      ['Крушевац', '37000'],
    ],
    weight: 12,
  },
];
