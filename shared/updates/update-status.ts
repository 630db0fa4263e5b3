// What the desk's updater tells the renderer, and what the renderer may tell it: the update status,
// the channel choice, the work that must not be cut by a restart, and the administrator's minimum
// version. Part of the DesktopHost contract (shared/host/contract.ts re-exports it).
import { z } from 'zod';
import { MAX_RELEASE_NOTES, updateChannelSchema } from './release-metadata';

/** Why an update failed; the renderer words each one (settings.updates.problem.*). */
export const updateProblemSchema = z.enum(['offline', 'proxy', 'server', 'metadata', 'otherHost', 'checksum', 'signature', 'unknown']);
export type UpdateProblem = z.infer<typeof updateProblemSchema>;

/** Work a restart would cut: a form with unsaved changes, a sync with the portal in progress. */
export const restartBlockerSchema = z.enum(['unsaved-work', 'sync']);
export type RestartBlocker = z.infer<typeof restartBlockerSchema>;

const versionSchema = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'phiên bản không đúng dạng x.y.z');

export const updateStatusSchema = z
  .object({
    state: z.enum(['unsupported', 'idle', 'checking', 'available', 'not-available', 'downloading', 'downloaded', 'error']),
    currentVersion: z.string(),
    availableVersion: z.string().optional(),
    percent: z.number().min(0).max(100).optional(),
    /** A Vietnamese sentence for an officer when the renderer has no better one. */
    message: z.string().optional(),
    problem: updateProblemSchema.optional(),
    channel: updateChannelSchema.optional(),
    /** Plain text (never HTML): what the offered version changes. */
    releaseNotes: z.string().max(MAX_RELEASE_NOTES).optional(),
    releaseDate: z.string().max(40).optional(),
    /** The administrator's minimum version, present only while this desk is below it. */
    requiredVersion: z.string().optional(),
    /** What holds a restart back right now. */
    blockedBy: z.array(restartBlockerSchema).max(2).optional(),
  })
  .strict();
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const setUpdateChannelRequestSchema = z.object({ channel: updateChannelSchema }).strict();
export const restartBlockersRequestSchema = z.object({ blockers: z.array(restartBlockerSchema).max(2) }).strict();
/** From the portal catalogue's desktopPolicy; null clears a policy the portal no longer sends. */
export const updatePolicyRequestSchema = z.object({ minimumVersion: versionSchema.nullable() }).strict();
export type UpdatePolicy = z.infer<typeof updatePolicyRequestSchema>;

/** Installing restarts now, or not at all while work is open (the officer is told which). */
export const installOutcomeSchema = z.object({ restarting: z.boolean(), blockedBy: z.array(restartBlockerSchema).max(2) }).strict();
export type InstallOutcome = z.infer<typeof installOutcomeSchema>;

/** The DesktopHost block for updates, spread into shared/host/contract.ts. */
export const updateHostMethods = {
  getUpdateStatus: { request: z.undefined(), response: updateStatusSchema },
  checkForUpdates: { request: z.undefined(), response: updateStatusSchema },
  installUpdate: { request: z.undefined(), response: installOutcomeSchema },
  setUpdateChannel: { request: setUpdateChannelRequestSchema, response: updateStatusSchema },
  setRestartBlockers: { request: restartBlockersRequestSchema, response: updateStatusSchema },
  setUpdatePolicy: { request: updatePolicyRequestSchema, response: updateStatusSchema },
} as const;
