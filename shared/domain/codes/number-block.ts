// Issuing dossier numbers offline from a block leased from the portal: each workstation holds its
// own range for a unit and day, so two desks never issue the same code without talking to each other.
import { z } from 'zod';
import { err, ok, type Result } from '../../result';
import { formatVietnameseDate, localDateSchema, type LocalDate } from '../calendar/local-date';
import { unitCodeSchema } from '../catalogue/catalogue-schema';
import { formatDossierCode, MAX_DOSSIER_NUMBER } from './dossier-code';

export const numberBlockSchema = z
  .object({
    unitCode: unitCodeSchema,
    /** The Vietnamese day whose codes the block may issue (the yyMMdd in the code). */
    day: localDateSchema,
    from: z.int().min(1).max(MAX_DOSSIER_NUMBER),
    to: z.int().min(1).max(MAX_DOSSIER_NUMBER),
    /** The next number to issue; next > to means the block is used up. */
    next: z.int().min(1).max(MAX_DOSSIER_NUMBER + 1),
  })
  .strict()
  .refine((b) => b.from <= b.to && b.next >= b.from && b.next <= b.to + 1, { message: 'Khối số hồ sơ không hợp lệ (from ≤ next ≤ to + 1).' });
export type NumberBlock = z.infer<typeof numberBlockSchema>;

export type IssuedCode = { code: string; block: NumberBlock };

export function remainingNumbers(block: NumberBlock): number {
  return Math.max(0, block.to - block.next + 1);
}

/** True when the desk should lease more numbers while it still has a connection. */
export function isRunningLow(block: NumberBlock, threshold = 10): boolean {
  return remainingNumbers(block) <= threshold;
}

/** The next code of the block and the block after issuing it; the block itself is not changed. */
export function issueDossierCode(block: NumberBlock, unitCode: string, day: LocalDate): Result<IssuedCode> {
  if (block.unitCode !== unitCode) {
    return err('NUMBER_BLOCK_WRONG_UNIT', `Khối số hồ sơ thuộc đơn vị ${block.unitCode}, không dùng được cho đơn vị ${unitCode}.`);
  }
  if (block.day !== day) {
    return err(
      'NUMBER_BLOCK_WRONG_DAY',
      `Khối số hồ sơ dành cho ngày ${formatVietnameseDate(block.day)}, hôm nay là ${formatVietnameseDate(day)}. Kết nối mạng để nhận khối số cho hôm nay.`,
    );
  }
  if (remainingNumbers(block) === 0) {
    return err(
      'NUMBER_BLOCK_EXHAUSTED',
      `Đã dùng hết số hồ sơ được cấp cho ngày ${formatVietnameseDate(day)} (${block.from}-${block.to}). Kết nối mạng để nhận thêm khối số từ Cổng, rồi tiếp nhận lại.`,
    );
  }
  return ok({ code: formatDossierCode(unitCode, day, block.next), block: { ...block, next: block.next + 1 } });
}

/**
 * Issues from the first usable block among those held for a unit and day (blocks are used in the
 * order given); the answer says which block changed so the store can write it back.
 */
export function issueFromBlocks(blocks: readonly NumberBlock[], unitCode: string, day: LocalDate): Result<IssuedCode & { index: number }> {
  const candidates = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.unitCode === unitCode && block.day === day);
  if (candidates.length === 0) {
    return err('NUMBER_BLOCK_MISSING', `Máy chưa có khối số hồ sơ cho ngày ${formatVietnameseDate(day)}. Kết nối mạng để nhận khối số từ Cổng.`);
  }
  const usable = candidates.find(({ block }) => remainingNumbers(block) > 0) ?? candidates[0]!;
  const issued = issueDossierCode(usable.block, unitCode, day);
  return issued.ok ? ok({ ...issued.value, index: usable.index }) : issued;
}

/** Numbers left across every block for a unit and day, for the "running low" warning. */
export function remainingForDay(blocks: readonly NumberBlock[], unitCode: string, day: LocalDate): number {
  return blocks.filter((b) => b.unitCode === unitCode && b.day === day).reduce((sum, b) => sum + remainingNumbers(b), 0);
}
