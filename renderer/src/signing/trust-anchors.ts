// The CA certificates this desk trusts when it verifies signatures (the national root, commercial
// CAs' roots, the demo root). Public certificates, not secrets, so they live in the local database
// (the `meta` table, one record); an officer or admin adds them from .cer/.crt/.pem files.
import { err, ok, type Result } from '../../../shared/result';
import { describeName, digest, parseCertificate } from '../../../shared/signing/certificates';
import type { DeskDatabase } from '../store/database';

export type TrustAnchor = {
  /** SHA-256 of the DER, hex: the same certificate is never listed twice. */
  id: string;
  name: string;
  der: Uint8Array;
  validTo: string;
  addedAt: string;
  /** The demo root ships with the demo data; officers may remove it. */
  demo: boolean;
};

export const TRUST_ANCHORS_KEY = 'signing.trustAnchors';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** DER certificates in a .cer/.crt (DER or PEM) or .pem file (one or more PEM blocks). */
export function certificatesInFile(bytes: Uint8Array): Uint8Array[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (blocks.length === 0) return [bytes];
  return blocks.map((block) => Uint8Array.from(atob(block[1]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
}

async function anchorOf(der: Uint8Array, demo: boolean, addedAt: string): Promise<Result<TrustAnchor>> {
  try {
    const certificate = parseCertificate(der);
    const subject = describeName(certificate.subject);
    return ok({ id: hex(await digest('SHA-256', der)), name: subject.commonName ?? subject.text, der, validTo: certificate.notAfter.value.toISOString(), addedAt, demo });
  } catch {
    return err('not-a-certificate', 'Tệp không phải là chứng thư số (X.509) hợp lệ; hãy chọn tệp .cer, .crt hoặc .pem của tổ chức cấp chứng thư.');
  }
}

export class TrustAnchorStore {
  constructor(
    private readonly db: DeskDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<TrustAnchor[]> {
    const record = await this.db.meta.get(TRUST_ANCHORS_KEY);
    return Array.isArray(record?.value) ? (record.value as TrustAnchor[]) : [];
  }

  /** Adds every certificate in the file; answers those newly added (none when all were there). */
  async addFile(bytes: Uint8Array, demo = false): Promise<Result<TrustAnchor[]>> {
    const found: TrustAnchor[] = [];
    for (const der of certificatesInFile(bytes)) {
      const anchor = await anchorOf(der, demo, this.now().toISOString());
      if (!anchor.ok) return anchor;
      found.push(anchor.value);
    }
    return this.db.transaction('rw', this.db.meta, async () => {
      const existing = await this.list();
      const added = found.filter((anchor) => !existing.some((known) => known.id === anchor.id));
      if (added.length > 0) await this.db.meta.put({ key: TRUST_ANCHORS_KEY, value: [...existing, ...added] });
      return ok(added);
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put({ key: TRUST_ANCHORS_KEY, value: (await this.list()).filter((anchor) => anchor.id !== id) });
    });
  }

  async derList(): Promise<Uint8Array[]> {
    return (await this.list()).map((anchor) => anchor.der);
  }
}
