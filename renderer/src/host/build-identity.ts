// The app's name and version as written into the bundle at build time (renderer/vite.config.ts).
declare const __DESK_BUILD__: { name: string; version: string } | undefined;

/** Outside a Vite build (unit tests) the constant is absent; say so rather than invent a version. */
export function buildIdentity(): { name: string; version: string } {
  return typeof __DESK_BUILD__ === 'object' && __DESK_BUILD__ ? __DESK_BUILD__ : { name: 'Dossier Desk', version: '0.0.0-dev' };
}
