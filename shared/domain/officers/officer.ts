// Who acts on a dossier: the roles at a unit and the actor recorded on every processing event.
// Competence to sign follows the law, so which role acts at which step is catalogue data.
import { z } from 'zod';

export const roleSchema = z.enum(['clerk', 'specialist', 'head', 'leader', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const roleTitles: Record<Role, string> = {
  clerk: 'Cán bộ tiếp nhận (Bộ phận Một cửa)',
  specialist: 'Chuyên viên thụ lý',
  head: 'Lãnh đạo phòng',
  leader: 'Lãnh đạo đơn vị',
  admin: 'Quản trị đơn vị',
};

const officerId = z.string().min(1).max(100);

/** The signed-in officer issuing a command; the unit decides which dossiers they may touch. */
export const actorSchema = z
  .object({ id: officerId, name: z.string().min(1).max(200), role: roleSchema, unitCode: z.string().min(1).max(20) })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

/** The actor as written into an event: enough to print form 06 without looking anyone up. */
export const eventActorSchema = z.object({ id: officerId, name: z.string().min(1).max(200), role: roleSchema }).strict();
export type EventActor = z.infer<typeof eventActorSchema>;

/** An officer named as the target of a hand-over (assign, forward). */
export const officerRefSchema = eventActorSchema;
export type OfficerRef = EventActor;
