// What an officer may attach to a dossier: PDF, JPG, PNG or DOCX, judged by the file's first bytes
// (not only its name), not empty, and within the size limit. Each refusal says why in Vietnamese.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export type AttachmentKind = 'pdf' | 'jpg' | 'png' | 'docx';

export const ATTACHMENT_MIME: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const ACCEPTED_EXTENSIONS = '.pdf,.jpg,.jpeg,.png,.docx';

export type AttachmentVerdict =
  | { ok: true; kind: AttachmentKind; mimeType: string }
  | { ok: false; code: 'ATTACHMENT_EMPTY' | 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_WRONG_TYPE'; message: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

function kindOf(name: string, head: Uint8Array): AttachmentKind | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return extension === 'pdf' ? 'pdf' : null;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return extension === 'jpg' || extension === 'jpeg' ? 'jpg' : null;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return extension === 'png' ? 'png' : null;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return extension === 'docx' ? 'docx' : null;
  return null;
}

/** Judges a file from its name, size and first bytes (16 are enough). */
export function judgeAttachment(name: string, size: number, head: Uint8Array, maxBytes = MAX_ATTACHMENT_BYTES): AttachmentVerdict {
  if (size === 0) return { ok: false, code: 'ATTACHMENT_EMPTY', message: `Tệp «${name}» rỗng, không có nội dung.` };
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1).replace('.', ',');
    return { ok: false, code: 'ATTACHMENT_TOO_LARGE', message: `Tệp «${name}» có dung lượng ${mb(size)} MB, vượt giới hạn ${mb(maxBytes)} MB.` };
  }
  const kind = kindOf(name, head);
  if (!kind) {
    return { ok: false, code: 'ATTACHMENT_WRONG_TYPE', message: `Tệp «${name}» không phải PDF, JPG, PNG hoặc DOCX (hoặc phần mở rộng không khớp nội dung).` };
  }
  return { ok: true, kind, mimeType: ATTACHMENT_MIME[kind] };
}

/** SHA-256 of the bytes, lower-case hex: the attachment's identity in the store and on the portal. */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
