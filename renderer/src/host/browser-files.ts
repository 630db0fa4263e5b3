// Files in web mode: choosing one through a hidden <input type=file>, saving one as a download.
import { MAX_CHOSEN_FILE_BYTES, type ChosenFile, type OpenFileRequest, type SaveFileRequest, type SaveOutcome } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { err, ok, type Result } from '../../../shared/result';

type FileFilter = NonNullable<OpenFileRequest['filters']>[number];

/** The <input accept> value for the dialog's filters; empty when any filter allows every file. */
export function acceptAttribute(filters: readonly FileFilter[] | undefined): string {
  if (!filters?.length) return '';
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);

/** The same sentence the desktop host gives, so an officer reads one message in both modes. */
export function fileTooLargeMessage(size: number, limit: number): string {
  return `Tệp quá lớn (${Math.ceil(megabytes(size))} MB); giới hạn là ${Math.floor(megabytes(limit))} MB.`;
}

/** Reads the chosen file, refusing it before reading when it is over the limit. */
export async function readChosenFile(file: File, limit: number): Promise<Result<ChosenFile>> {
  if (file.size > limit) return err(HostErrorCode.fileTooLarge, fileTooLargeMessage(file.size, limit));
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return ok({ name: file.name, type: file.type, size: bytes.byteLength, bytes });
  } catch {
    return err(HostErrorCode.fileUnreadable, 'Không đọc được tệp đã chọn. Kiểm tra quyền truy cập hoặc chọn tệp khác.');
  }
}

/**
 * Opens the browser's file chooser. Must run in the same task as the officer's click: Chromium
 * only shows the chooser while the click's user activation lasts, so nothing here awaits first.
 */
export function chooseFile(request: OpenFileRequest, doc: Document = document): Promise<Result<ChosenFile | null>> {
  const input = doc.createElement('input');
  input.type = 'file';
  input.hidden = true;
  const accept = acceptAttribute(request.filters);
  if (accept) input.accept = accept;
  doc.body.append(input);
  return new Promise<Result<ChosenFile | null>>((resolve) => {
    input.addEventListener('cancel', () => resolve(ok(null)), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        resolve(file ? readChosenFile(file, request.maxBytes ?? MAX_CHOSEN_FILE_BYTES) : ok(null));
      },
      { once: true },
    );
    input.click();
  }).finally(() => input.remove());
}

/** Hands the bytes to the browser as a download; the browser decides where it lands. */
export function downloadFile(request: SaveFileRequest, doc: Document = document): Result<SaveOutcome> {
  const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: request.mimeType ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before Chromium has started reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return ok({ saved: true, fileName: request.suggestedName });
}
