// Every kind of processing event reads as a complete sentence, taken from real demo histories.
import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../../../shared/domain/calendar/working-calendar';
import { indexCatalogue } from '../../../../shared/domain/catalogue/catalogue-index';
import { shippedCatalogue } from '../../../../shared/domain/catalogue/shipped-catalogue';
import { generateDemoDossiers } from '../../../../shared/domain/demo/generate';
import { PROCESSING_EVENT_TYPES, type ProcessingEvent } from '../../../../shared/domain/workflow/events';
import { translator } from '../../i18n/translate';
import { describeEvent } from './event-sentence';

const catalogue = indexCatalogue(shippedCatalogue);
const demo = generateDemoDossiers(7, 1500, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: '2026-03-10T03:00:00.000Z' });
const firstOfEachType = new Map<string, ProcessingEvent>();
for (const event of demo.events) if (!firstOfEachType.has(event.type)) firstOfEachType.set(event.type, event);

function componentNameFor(event: ProcessingEvent) {
  const dossier = demo.dossiers.find((d) => d.id === event.dossierId)!;
  const procedure = catalogue.procedure(dossier.procedureCode)!;
  return (code: string) => procedure.components.find((c) => c.code === code)?.name ?? code;
}

describe('sentences of the processing history', () => {
  it('the demo histories hold every kind of event', () => {
    expect([...firstOfEachType.keys()].sort()).toEqual([...PROCESSING_EVENT_TYPES].sort());
  });

  it.each(PROCESSING_EVENT_TYPES)('%s reads as a full sentence in both languages, every placeholder filled', (type) => {
    const event = firstOfEachType.get(type)!;
    for (const language of ['vi', 'en'] as const) {
      const story = describeEvent(event, { t: translator(language), locale: language === 'vi' ? 'vi-VN' : 'en-GB', componentName: componentNameFor(event) });
      expect(story.sentence).toMatch(/^\p{Lu}.*\.$/u);
      expect(story.sentence).not.toMatch(/[{}]|undefined|null/);
      for (const detail of story.details) expect(detail.text.trim()).not.toBe('');
    }
  });

  it('carries the reason, the missing components and the new promised date where the event has them', () => {
    const t = translator('vi');
    const ctx = (event: ProcessingEvent) => ({ t, locale: 'vi-VN', componentName: componentNameFor(event) });
    const request = firstOfEachType.get('supplementRequested')!;
    if (request.type !== 'supplementRequested') throw new Error('wrong type');
    const story = describeEvent(request, ctx(request));
    expect(story.sentence).toContain(`lần ${request.payload.round}`);
    expect(story.details.map((d) => d.label)).toEqual(['Nội dung cần bổ sung', 'Thành phần cần bổ sung']);
    expect(story.details[0]!.text).toBe(request.payload.reason);
    expect(story.details[1]!.text).not.toMatch(/^[A-Z]+$/);

    const extended = firstOfEachType.get('extended')!;
    if (extended.type !== 'extended') throw new Error('wrong type');
    const [y, m, d] = extended.payload.dueDate.split('-');
    expect(describeEvent(extended, ctx(extended)).sentence).toContain(`${d}/${m}/${y}`);
    expect(describeEvent(extended, ctx(extended)).details).toEqual([{ label: 'Lý do', text: extended.payload.reason }]);

    const payment = firstOfEachType.get('paymentRequested')!;
    if (payment.type !== 'paymentRequested') throw new Error('wrong type');
    expect(describeEvent(payment, ctx(payment)).sentence).toContain(`${payment.payload.amount.toLocaleString('vi-VN')} đồng`);
  });
});
