// Error codes the DesktopHost may answer with; their Vietnamese sentences live in the renderer's i18n
// catalogue, the message here is the fallback an officer still understands.
export const HostErrorCode = {
  invalidRequest: 'HOST_INVALID_REQUEST',
  invalidResponse: 'HOST_INVALID_RESPONSE',
  forbiddenSender: 'HOST_FORBIDDEN_SENDER',
  unavailable: 'HOST_UNAVAILABLE',
  notAllowed: 'HOST_NOT_ALLOWED',
  fileTooLarge: 'HOST_FILE_TOO_LARGE',
  fileUnreadable: 'HOST_FILE_UNREADABLE',
  secretStoreUnavailable: 'HOST_SECRET_STORE_UNAVAILABLE',
  internal: 'HOST_INTERNAL',
} as const;
export type HostErrorCode = (typeof HostErrorCode)[keyof typeof HostErrorCode];
