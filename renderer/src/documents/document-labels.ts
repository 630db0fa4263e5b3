// How the Văn bản card names documents, their status and the file they save to.
import { oneStopFormNames } from '../../../shared/domain/workflow/forms';
import type { Translate } from '../i18n/translate';
import type { DocumentRecord, DocumentRecordKind, DocumentStatus } from '../store/document-records';
import { formOf } from './document-kinds';

export function kindName(t: Translate, kind: DocumentRecordKind): string {
  const form = formOf(kind);
  if (form) return t('documents.kind.form', { form, name: oneStopFormNames[form] });
  return kind === 'decision' ? t('documents.kind.decision') : t('documents.kind.certificate');
}

export function createLabel(t: Translate, kind: DocumentRecordKind): string {
  const form = formOf(kind);
  if (form) return t('documents.create.form', { form });
  return kind === 'decision' ? t('documents.create.decision') : t('documents.create.certificate');
}

export function statusName(t: Translate, status: DocumentStatus): string {
  return t(`documents.status.${status}`);
}

/** 'Quyet-dinh-15-QD-UDCN.pdf': no slash (a path to Windows), no diacritics (old mail gateways). */
export function pdfFileName(t: Translate, document: Pick<DocumentRecord, 'kind' | 'number'>, dossierCode: string): string {
  const words = `${kindName(t, document.kind).split(':')[0]} ${document.number ?? dossierCode}`;
  const ascii = words
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '');
  return `${ascii}.pdf`;
}
