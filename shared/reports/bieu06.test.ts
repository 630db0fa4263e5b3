import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../domain/calendar/working-calendar';
import { shippedCatalogue } from '../domain/catalogue/shipped-catalogue';
import { bieu06FromFacts, bieu06FromHistories, type Bieu06Counts, type Bieu06Report } from './bieu06';
import { quarterPeriod } from './period';
import { reportFactsOf, STILL_OPEN, type ReportFacts } from './report-facts';
import { assign, clerk, extend, history, intake, receive, recordSupplement, requestSupplement, returnResult, signAt, specialist, stop, withdraw, type History } from './testing';

// Q2 2025 (01/04-30/06). Technology transfer (1.004512) gives 5 working days with a 15:00 cut-off.
// Days off in the quarter: Mon 07/04 (Giỗ Tổ), Wed 30/04, Thu 01/05, Fri 02/05; Sat 26/04 is worked.
const period = quarterPeriod(2025, 2);
const calendar = vietnamWorkingCalendar();
const input = { period, unitCode: 'CUDCN', catalogue: shippedCatalogue, calendar };

const story = (id: string, n: number, at: string, steps: Parameters<typeof history>[0], overrides = {}): History =>
  history([...receive(id, at, intake(n, overrides)), ...steps]);

const dossiers = {
  // Received 27/03, due 03/04 (28/03, 31/03, 01/04, 02/04, 03/04); signed 02/04: carried over, early.
  carriedEarly: story('a', 1, '2025-03-27 10:00', [assign('2025-03-27 11:00'), ...signAt('2025-04-02 10:00')]),
  // Received and signed in March: resolved before the period, so not counted at all.
  resolvedBefore: story('b', 2, '2025-03-20 10:00', [assign('2025-03-20 11:00'), ...signAt('2025-03-25 10:00'), returnResult('2025-04-02 09:00')]),
  // Received Fri 04/04; Mon 07/04 is Giỗ Tổ, so due Mon 14/04 (8, 9, 10, 11, 14), not Fri 11/04.
  // Signed 14/04 16:00: on time (late without the holiday).
  holidayOnTime: story('c', 3, '2025-04-04 10:00', [assign('2025-04-04 11:00'), ...signAt('2025-04-14 16:00')]),
  // Online (procedure 1.004513, same field): received Mon 05/05, due 12/05; signed 13/05: late.
  onlineLate: story('d', 4, '2025-05-05 09:00', [assign('2025-05-05 10:00'), ...signAt('2025-05-13 10:00')], {
    channel: 'online',
    procedureCode: '1.004513',
    documents: [
      { componentCode: 'VB', originals: 1, copies: 0 },
      { componentCode: 'GCN', originals: 0, copies: 1 },
      { componentCode: 'HDSD', originals: 1, copies: 0 },
    ],
  }),
  // Received Mon 02/06, due 09/06. Supplement asked Wed 04/06 with 3 days left (5, 6, 9/06); it
  // arrives Mon 16/06, so due 19/06 (17, 18, 19). Signed 18/06: early (late against 09/06).
  supplementEarly: story('e', 5, '2025-06-02 10:00', [
    assign('2025-06-02 11:00'),
    requestSupplement('2025-06-04 10:00'),
    recordSupplement('2025-06-16 09:00'),
    ...signAt('2025-06-18 10:00'),
  ]),
  // Received Mon 16/06, due 23/06, extended on 20/06 to 04/07: on 30/06 within the deadline
  // (overdue without the extension).
  extendedWithin: story('f', 6, '2025-06-16 10:00', [assign('2025-06-16 11:00'), extend('2025-06-20 10:00', '2025-07-04')]),
  // Received Tue 10/06, due 17/06, still open on 30/06: overdue.
  openOverdue: story('g', 7, '2025-06-10 10:00', [assign('2025-06-10 11:00')]),
  // Received Mon 23/06, due 30/06; supplement asked 25/06 with 3 days left (26, 27, 30/06): the
  // clock is stopped on 30/06, so within the deadline. It resumes and ends in July, after the
  // period, which the stored row alone cannot show: the report folds its events.
  pausedWithin: story('h', 8, '2025-06-23 10:00', [
    assign('2025-06-23 11:00'),
    requestSupplement('2025-06-25 10:00'),
    recordSupplement('2025-07-10 09:00'),
    ...signAt('2025-07-11 10:00'),
  ]),
  // Received Mon 31/03 at 16:00, after the cut-off: counts from 01/04, due 09/04 (2, 3, 4, 8, 9/04;
  // 07/04 is off). Signed only on 02/07: carried over, and overdue at the end of the period.
  carriedOverdue: story('i', 9, '2025-03-31 16:00', [assign('2025-04-01 09:00'), ...signAt('2025-07-02 10:00')]),
  // Submitted online and accepted Tue 01/07: received after the period, not counted.
  receivedAfter: story('j', 10, '2025-07-01 09:00', [], { channel: 'online' }),
  // Received Tue 06/05, due 13/05; withdrawn 08/05: processing ended before the due date, early.
  withdrawnEarly: story('l', 12, '2025-05-06 10:00', [withdraw('2025-05-08 10:00')]),
  // Received Mon 21/04; Sat 26/04 is a worked day (for Fri 02/05), so due Sat 26/04 (22, 23, 24,
  // 25, 26/04). Stopped Mon 05/05: processing ended after the due date, late.
  stoppedLate: story('m', 13, '2025-04-21 10:00', [assign('2025-04-21 11:00'), stop('2025-05-05 10:00')]),
  // Received Tue 03/06, due 10/06; supplement asked Thu 05/06 with 3 days left (6, 9, 10/06) and
  // never answered; stopped Fri 20/06, after 10/06 but with the clock stopped and 3 days still
  // left: early. (Against 10/06 alone it would read late.)
  stoppedWaiting: story('n', 15, '2025-06-03 10:00', [assign('2025-06-03 11:00'), requestSupplement('2025-06-05 10:00'), stop('2025-06-20 10:00')]),
};

const line = (report: Bieu06Report, code: string): Bieu06Counts =>
  report.fields.flatMap((f) => f.procedures).find((p) => p.procedureCode === code)!.counts;

describe('Biểu 06 worked example, Q2 2025 at Cục Ứng dụng và Phát triển công nghệ', () => {
  const all = Object.values(dossiers);
  const report = bieu06FromHistories(
    all.map((h) => h.events),
    input,
  );

  it('states the due dates the example relies on', () => {
    expect(dossiers.holidayOnTime.events[0]).toMatchObject({ type: 'received', payload: { dueDate: '2025-04-14' } });
    expect(dossiers.carriedOverdue.events[0]).toMatchObject({ type: 'received', payload: { countingFrom: '2025-04-01', dueDate: '2025-04-09' } });
    expect(dossiers.supplementEarly.events.find((e) => e.type === 'supplementRecorded')).toMatchObject({ payload: { dueDate: '2025-06-19' } });
    expect(dossiers.stoppedLate.events[0]).toMatchObject({ payload: { dueDate: '2025-04-26' } });
    expect(dossiers.stoppedWaiting.events.find((e) => e.type === 'supplementRequested')).toMatchObject({ payload: { remainingWorkingDays: 3 } });
    // The stored row of n no longer shows the pause: the report reads its events.
    expect(dossiers.stoppedWaiting.dossier).toMatchObject({ status: 8, dueDate: '2025-06-10' });
    expect(dossiers.stoppedWaiting.dossier.pausedSince).toBeUndefined();
  });

  it('technology transfer: 10 received (2 carried over, 8 at the counter), 6 resolved, 4 in progress', () => {
    expect(line(report, '1.004512')).toEqual({
      // a, c, e, f, g, h, i, l, m, n; b ended before the period, j arrived after it.
      receivedTotal: 10,
      receivedOnline: 0,
      // c, e, f, g, h, l, m, n
      receivedDirect: 8,
      // a (27/03) and i (31/03)
      carriedOver: 2,
      resolvedTotal: 6,
      // a (02/04 before 03/04), e (18/06 before 19/06), l (withdrawn 08/05 before 13/05),
      // n (stopped while waiting, 3 days left)
      early: 4,
      // c (on 14/04, thanks to the holiday)
      onTime: 1,
      // m (stopped 05/05 after 26/04)
      late: 1,
      inProgressTotal: 4,
      // f (extended to 04/07), h (clock stopped with 3 days left)
      withinDeadline: 2,
      // g (due 17/06), i (due 09/04)
      overdue: 2,
    });
  });

  it('the amendment procedure has the one online dossier, resolved late', () => {
    expect(line(report, '1.004513')).toEqual({
      receivedTotal: 1, receivedOnline: 1, receivedDirect: 0, carriedOver: 0,
      resolvedTotal: 1, early: 0, onTime: 0, late: 1,
      inProgressTotal: 0, withinDeadline: 0, overdue: 0,
    });
  });

  it('field and unit totals are the sums of their procedures', () => {
    const field = report.fields.find((f) => f.fieldCode === 'CGCN')!;
    expect(field.counts.receivedTotal).toBe(11);
    expect(report.totals).toEqual({
      receivedTotal: 11, receivedOnline: 1, receivedDirect: 8, carriedOver: 2,
      resolvedTotal: 7, early: 4, onTime: 1, late: 2,
      inProgressTotal: 4, withinDeadline: 2, overdue: 2,
    });
  });

  it('lists every procedure of the unit, with zeros where nothing happened', () => {
    const codes = report.fields.flatMap((f) => f.procedures.map((p) => p.procedureCode));
    expect(codes).toEqual(expect.arrayContaining(shippedCatalogue.procedures.filter((p) => p.unitCode === 'CUDCN').map((p) => p.code)));
    expect(line(report, '1.010866').receivedTotal).toBe(0);
  });

  const factsOf = (h: History) => reportFactsOf(h.events)!;

  it("each dossier's report facts give the same report as folding its events", () => {
    expect(bieu06FromFacts(all.map(factsOf), input)).toEqual(report);
  });

  it('the facts of a dossier changed after the period still tell how it stood at the end', () => {
    // h was signed in July; its final row says "resolved", the report must say "in progress".
    expect(dossiers.pausedWithin.dossier.status).toBe(9);
    const fromFacts = bieu06FromFacts([factsOf(dossiers.pausedWithin)], input);
    expect(fromFacts.totals).toMatchObject({ receivedTotal: 1, inProgressTotal: 1, withinDeadline: 1 });
  });

  it('a dossier carried over the boundary counts as received in one period and carried over in the next', () => {
    const q1 = bieu06FromHistories([dossiers.carriedOverdue.events], { ...input, period: quarterPeriod(2025, 1) });
    // Received 31/03 (the last day of Q1), due 09/04: in progress and within the deadline on 31/03.
    expect(q1.totals).toMatchObject({ receivedTotal: 1, receivedDirect: 1, carriedOver: 0, inProgressTotal: 1, withinDeadline: 1 });
    const q3 = bieu06FromHistories([dossiers.carriedOverdue.events], { ...input, period: quarterPeriod(2025, 3) });
    // Signed 02/07, long after 09/04: carried over into Q3 and resolved late there.
    expect(q3.totals).toMatchObject({ receivedTotal: 1, carriedOver: 1, resolvedTotal: 1, late: 1, inProgressTotal: 0 });
  });

  it("keep an open dossier's clock: the promised date at receipt, the days left while paused, the date after payment", () => {
    // Received Mon 16/06, due 23/06; payment asked Fri 20/06 with 1 day left, paid Wed 02/07: due
    // 03/07. Paused on 30/06, so within the deadline, though its final row shows only 03/07.
    const paid = story('p', 14, '2025-06-16 10:00', [
      assign('2025-06-16 11:00'),
      [{ type: 'requestPayment', amount: 3_000_000, description: 'Phí thẩm định hợp đồng' }, specialist, '2025-06-20 10:00'],
      [{ type: 'recordPayment', amount: 3_000_000, receiptNumber: 'BL-0001' }, clerk, '2025-07-02 09:00'],
    ]);
    const facts: ReportFacts = factsOf(paid);
    expect(facts).toMatchObject({ receivedMs: Date.parse('2025-06-16T03:00:00Z'), resolvedMs: STILL_OPEN, outcome: null, online: false });
    expect(facts.clock).toEqual([
      [Date.parse('2025-06-16T03:00:00Z'), '2025-06-23'],
      [Date.parse('2025-06-20T03:00:00Z'), '2025-06-23', 1],
      [Date.parse('2025-07-02T02:00:00Z'), '2025-07-03'],
    ]);
    expect(bieu06FromFacts([facts], input).totals).toMatchObject({ inProgressTotal: 1, withinDeadline: 1, overdue: 0 });
    expect(bieu06FromHistories([paid.events], input).totals).toMatchObject({ inProgressTotal: 1, withinDeadline: 1, overdue: 0 });
  });

  it('a dossier never received has no facts: a refusal at intake', () => {
    const refused = history([[{ type: 'refuseToReceive', dossierId: 'r', intake: intake(15), reason: 'Thiếu hợp đồng chuyển giao công nghệ.' }, clerk, '2025-05-05 09:00']]);
    expect(reportFactsOf(refused.events)).toBeNull();
  });
});
