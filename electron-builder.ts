// electron-builder: the Windows NSIS installer, its auto-update feed and Electron's fuses. Found by
// name, so on Windows `npx electron-vite build -c electron.config.ts && npx electron-builder --win nsis`
// builds dist/DossierDesk-Setup-<version>.exe (docs/deployment.md). Checked by
// tests/packaging/builder-config.test.ts, including electron-builder's own schema validation.
//
//   DESK_UPDATE_URL      the portal's update folder, e.g. https://portal.most.gov.vn/updates/
//   DESK_PUBLISHER_NAME  the code-signing certificate's subject CN (updates signed otherwise are refused)
import type { Configuration } from 'electron-builder';
import { APP_ID } from './shared/app-identity';

/** `npm run portal` on this machine; a real build names the Informatics Center's portal. */
export const LOCAL_UPDATE_URL = 'http://127.0.0.1:8787/updates/';
export const DEFAULT_PUBLISHER_NAME = 'Bộ Khoa học và Công nghệ';

const updateUrl = process.env['DESK_UPDATE_URL'] ?? LOCAL_UPDATE_URL;
const publisherName = process.env['DESK_PUBLISHER_NAME'] ?? DEFAULT_PUBLISHER_NAME;

const config: Configuration = {
  appId: APP_ID,
  productName: 'Dossier Desk',
  copyright: 'Bộ Khoa học và Công nghệ',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the electron-vite bundles and package.json: sources, tests, docs and the portal stay out.
  // Production dependencies the main process loads at run time (electron-updater, pkcs11js…)
  // are added by electron-builder from package.json.
  // (out/bench holds the benchmarks' browser bundle, not the app.)
  files: ['out/**/*', '!out/bench{,/**/*}', 'package.json', '!**/*.map', '!**/*.{ts,tsx}', '!**/*.test.*'],
  asar: true,
  // Each Electron fuse flipped at package time (the security issue): no Node mode, no NODE_OPTIONS,
  // no --inspect, cookies encrypted, and the app loaded only from an asar whose integrity is checked.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.ico',
    // electron-updater compares a downloaded installer's Authenticode signer with this name; without
    // it app-update.yml carries no publisherName and the check is silently skipped.
    verifyUpdateCodeSignature: true,
    signtoolOptions: { publisherName: [publisherName] },
  },
  nsis: {
    // Assisted installer: per-user (no administrator rights) unless the person installing picks
    // "all users"; managed desktops install per-machine silently with `/S /allusers`.
    oneClick: false,
    perMachine: false,
    selectPerMachineByDefault: false,
    allowElevation: true,
    allowToChangeInstallationDirectory: false,
    artifactName: 'DossierDesk-Setup-${version}.${ext}',
    installerIcon: 'build/icon.ico',
    uninstallerIcon: 'build/icon.ico',
    installerHeaderIcon: 'build/icon.ico',
    shortcutName: 'Dossier Desk',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // Officers' unsynchronised dossiers live in userData: an uninstall must never delete them.
    deleteAppDataOnUninstall: false,
    differentialPackage: true,
  },
  // The portal serves this folder at /updates/: latest.yml (stable) and pilot.yml side by side.
  publish: [{ provider: 'generic', url: updateUrl, channel: 'latest', publisherName: [publisherName], updaterCacheDirName: 'dossier-desk-updater' }],
};

export default config;
