// Each officer's signature image (blue, transparent PNG) and the unit's seal (red, transparent PNG)
// that go on the visible face of their signatures; chosen in Ký duyệt, kept in the local database
// per officer. Images only: no key material. Until one is chosen, demo images stand in.
import { err, ok, type Result } from '../../../shared/result';
import type { DeskDatabase } from '../store/database';

export type AppearanceImages = {
  signatureImage: Uint8Array | null;
  sealImage: Uint8Array | null;
};

const keyFor = (officerId: string) => `signing.appearance.${officerId}`;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export function checkPng(bytes: Uint8Array): Result<Uint8Array> {
  if (!PNG_MAGIC.every((b, i) => bytes[i] === b)) return err('not-png', 'Ảnh phải là tệp PNG (nền trong suốt).');
  if (bytes.byteLength > MAX_IMAGE_BYTES) return err('image-too-large', 'Ảnh quá lớn; hãy chọn ảnh PNG dưới 2 MB.');
  return ok(bytes);
}

export class AppearanceSettings {
  constructor(private readonly db: DeskDatabase) {}

  async of(officerId: string): Promise<AppearanceImages> {
    const record = await this.db.meta.get(keyFor(officerId));
    const value = (record?.value ?? {}) as Partial<AppearanceImages>;
    return { signatureImage: value.signatureImage ?? null, sealImage: value.sealImage ?? null };
  }

  async set(officerId: string, kind: keyof AppearanceImages, bytes: Uint8Array | null): Promise<Result<AppearanceImages>> {
    if (bytes) {
      const checked = checkPng(bytes);
      if (!checked.ok) return checked;
    }
    const next = { ...(await this.of(officerId)), [kind]: bytes };
    await this.db.meta.put({ key: keyFor(officerId), value: next });
    return ok(next);
  }
}
