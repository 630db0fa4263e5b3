// Links the app may hand to the system browser: https only, to hosts the ministry operates.
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = [
  'most.gov.vn',
  'dichvucong.gov.vn',
  'dichvucong.most.gov.vn',
  'vbpl.vn',
];

export function isAllowedExternalUrl(raw: string, allowlist: readonly string[] = EXTERNAL_LINK_ALLOWLIST): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return allowlist.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
