// One-stop dossiers (hồ sơ TTHC) of a province's public-service centre in early 2026:
// appointment dates across Tết, statuses at 31/3/2026, and rates per agency and month.
import {
  assertIsoDate,
  dossierDueDate,
  dossierStats,
  dossierStatus,
  parseProcessingTime,
  validateDossiers,
  type DossierRates,
} from 'cchc';

// 1. Processing times as the procedure listings write them
for (const text of [
  'Không quá 05 ngày làm việc',
  'Không quá 23 ngày (15 ngày và 08 ngày làm việc)',
  '1,5 ngày',
  'Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
  'Không quá 02 tháng',
]) {
  const r = parseProcessingTime(text);
  console.log(
    `${text}\n  → ${r.ok ? JSON.stringify({ ...r.value, raw: undefined }) : `issue ${r.issues[0]?.code}`}`,
  );
}

// 2. Appointment dates on the state-agency calendar (Tết 2026: 14–22/02)
console.log('\nNgày hẹn trả (appointment dates)');
const cases: [string, string, string | undefined][] = [
  ['2026-02-13', 'Không quá 05 ngày làm việc', undefined],
  ['2026-02-13', 'Không quá 05 ngày làm việc', '17:20'],
  ['2026-02-13', 'Trong 04 giờ', '16:00'],
  ['2026-03-01', 'Không quá 05 ngày làm việc', undefined],
  ['2026-02-02', 'Không quá 15 ngày', undefined],
];
for (const [received, text, at] of cases) {
  const r = dossierDueDate(
    assertIsoDate(received),
    text,
    undefined,
    at === undefined ? {} : { receivedAt: at },
  );
  if (r.ok) {
    const due = r.value.dueAt === undefined ? r.value.dueOn : `${r.value.dueOn} ${r.value.dueAt}`;
    console.log(`  ${received}${at ? ` ${at}` : '      '}  ${text.padEnd(28)} → ${due}  (${r.value.regime})`);
  }
}

// 3. Dossiers as a portal export gives them, validated at the boundary
const rows = [
  {
    id: 'STP-001',
    agencyId: 'Sở Tư pháp',
    procedureId: '2.000635',
    receivedOn: '2026-02-13',
    processingTime: 'Không quá 05 ngày làm việc',
    returnedOn: '2026-02-26',
  },
  {
    id: 'STP-002',
    agencyId: 'Sở Tư pháp',
    procedureId: '2.000635',
    receivedOn: '2026-02-13',
    receivedAt: '17:20',
    processingTime: 5,
    returnedOn: '2026-03-02',
  },
  {
    id: 'STP-003',
    agencyId: 'Sở Tư pháp',
    procedureId: '1.001776',
    receivedOn: '2026-03-02',
    dueOn: '2026-03-09',
    returnedOn: '2026-03-11',
  },
  {
    id: 'SXD-001',
    agencyId: 'Sở Xây dựng',
    procedureId: '1.009972',
    receivedOn: '2026-01-05',
    processingTime: 'Không quá 15 ngày',
    returnedOn: '2026-01-20',
  },
  {
    id: 'SXD-002',
    agencyId: 'Sở Xây dựng',
    procedureId: '1.009972',
    receivedOn: '2026-03-02',
    processingTime: 'Không quá 23 ngày (15 ngày và 08 ngày làm việc)',
  },
  {
    id: 'SXD-003',
    agencyId: 'Sở Xây dựng',
    procedureId: '1.009972',
    receivedOn: '2026-03-16',
    processingTime: 'Không quá 15 ngày',
  },
  {
    id: 'XA-001',
    agencyId: 'UBND xã Tân Hòa',
    procedureId: '2.000908',
    receivedOn: '2026-03-20',
    receivedAt: '15:10',
    processingTime: 'Trong ngày; sau 15 giờ trả trong ngày làm việc tiếp theo',
    returnedOn: '2026-03-23',
  },
  {
    id: 'XA-002',
    agencyId: 'UBND xã Tân Hòa',
    procedureId: '2.000908',
    receivedOn: '2026-03-20',
    receivedAt: '09:00',
    processingTime: 'Trong ngày',
    returnedOn: '2026-03-23',
  },
];
const checked = validateDossiers(rows);
if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
const asOf = assertIsoDate('2026-03-31');

console.log(`\nTình trạng tại ${asOf} (status at ${asOf})`);
for (const d of checked.value) {
  const s = dossierStatus(d, asOf);
  const extra =
    s.workingDaysLate > 0
      ? `, ${s.workingDaysLate} ngày làm việc trễ`
      : s.workingDaysEarly > 0
        ? `, sớm ${s.workingDaysEarly} ngày làm việc`
        : '';
  console.log(`  ${d.id.padEnd(8)} hẹn ${s.dueOn}  ${s.status}${extra}`);
}

const pct = (x: number | null): string => (x === null ? '   —' : `${(100 * x).toFixed(1)}%`.padStart(6));
const line = (
  key: string,
  g: {
    total: number;
    early: number;
    onTime: number;
    late: number;
    open: number;
    openOverdue: number;
    rates: DossierRates;
  },
): string =>
  `  ${key.padEnd(16)} ${String(g.total).padStart(3)} ${String(g.early).padStart(4)} ${String(g.onTime).padStart(4)} ${String(g.late).padStart(4)} ${String(g.open).padStart(4)} ${String(g.openOverdue).padStart(4)}  ${pct(g.rates.timely)} ${pct(g.rates.overdue)}`;
for (const groupBy of ['agency', 'month'] as const) {
  const stats = dossierStats(checked.value, asOf, groupBy);
  console.log(
    `\nThống kê theo ${groupBy === 'agency' ? 'cơ quan' : 'tháng tiếp nhận'} (tổng, trước hạn, đúng hạn, trễ hạn, đang giải quyết, quá hạn; tỷ lệ đúng hạn, tỷ lệ quá hạn)`,
  );
  for (const g of stats.groups) console.log(line(g.key, g));
  console.log(line('Tổng', stats.total));
}
