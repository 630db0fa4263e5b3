// The visible face of the signatures of a batch: the officer's own images (or the demo ones), the
// signer's name from the certificate, the unit's name for the agency signature, the document font.
import type { SignatureAppearance } from '../../../shared/signing/appearance';
import { AppearanceSettings } from '../signing/appearance-settings';
import type { UnlockedKey } from '../signing/signing-session';
import type { DeskDatabase } from '../store/database';
import { demoAppearanceImages } from './demo-images';
import type { SignatureKind } from './sign-selected';

export async function appearanceFor(db: DeskDatabase, officerId: string, key: UnlockedKey, kind: SignatureKind, agencyName: string): Promise<SignatureAppearance> {
  // The fonts module is loaded on demand, as the document renderer loads it (one chunk for both).
  const fonts = import('../documents/fonts').then(({ loadDocumentFonts }) => loadDocumentFonts());
  const [own, demo, { regular }] = await Promise.all([new AppearanceSettings(db).of(officerId), demoAppearanceImages(), fonts]);
  const signatureImage = own.signatureImage ?? demo.signatureImage;
  const signerName = key.certificate.subject.commonName ?? key.certificate.subject.text;
  if (kind === 'individual') return { kind, signatureImage, signerName, font: regular };
  return { kind, sealImage: own.sealImage ?? demo.sealImage, agencyName, signatureImage, signerName, font: regular };
}
