// Document generation (decisions, certificates, one-stop forms) for the renderer, a worker and
// Node: build a draft from a dossier, let the officer edit it, render it to PDF bytes.
export { buildCertificateDraft, buildDecisionDraft, buildFormDraft, toSigner, type DocumentContext, type SignerInput } from './build-drafts';
export {
  documentDraftSchema,
  validateDraft,
  type CertificateDraft,
  type DecisionDraft,
  type DocumentDraft,
  type DocumentKind,
  type FormDraft,
  type Signer,
} from './draft-schema';
export { FONT_STYLES, warmUpFonts, type DocumentFonts, type FontStyle } from './fonts';
export { normalizeDocumentText } from './layout/lines';
export { PRODUCER, type RenderOptions } from './layout/render';
export { layoutOf, locateSignature, renderCertificate, renderDecision, renderDocument, renderForm, type SignatureArea } from './render-document';
export { formatPlaceAndDate } from './compose/decree30';
