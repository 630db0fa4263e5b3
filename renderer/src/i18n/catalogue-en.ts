// The English catalogue; typed by the Vietnamese one so a missing or stray key fails to compile.
import { accountsEn } from './messages/accounts.en';
import type { Catalogue } from './catalogue-vi';
import { intakeEn } from './messages/intake.en';
import { dossiersEn } from './messages/dossiers.en';
import { overviewEn } from './messages/overview.en';
import { profileEn } from './messages/profile.en';
import { demoEn } from './messages/demo.en';
import { syncEn } from './messages/sync.en';
import { updatesEn } from './messages/updates.en';
import { documentsEn } from './messages/documents.en';
import { signingEn } from './messages/signing.en';
import { reportsEn } from './messages/reports.en';
import { auditEn } from './messages/audit.en';
import { dataProtectionEn } from './messages/data-protection.en';

export const en: Catalogue = {
  'app.name': 'Offline dossier processing',
  'app.ministry': 'Ministry of Science and Technology',
  'app.documentTitle': '{section} — Offline dossier processing',
  'app.loading': 'Loading…',

  'shell.skipToContent': 'Skip to main content',
  'shell.navLabel': 'Main sections',
  'shell.shortcutsHint': 'Shortcuts: Alt+1 to Alt+7 switch sections; arrow up/down move through the list.',

  'network.online': 'Online',
  'network.offline': 'Offline',
  'network.offlineDetail': 'No network — your work is still saved on this computer.',

  'language.label': 'Language',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'section.overview.title': 'Overview',
  'section.overview.description': 'A summary of your work — dossiers nearly due, overdue and waiting — will appear here.',
  'section.dossiers.title': 'Dossiers',
  'section.dossiers.description': 'The administrative dossiers in progress, with search and filters by status and due date, will be listed here.',
  'section.intake.title': 'Intake',
  'section.intake.description': 'Receiving dossiers at the one-stop desk and dossiers citizens filed online will happen here.',
  'section.signing.title': 'Signing',
  'section.signing.description': 'Decisions, certificates and documents waiting for your digital signature will appear here.',
  'section.reports.title': 'Reports',
  'section.reports.description': 'Reports on administrative procedure processing (Form 06) will be produced here.',
  'section.sync.title': 'Sync',
  'section.sync.description': "The state of data exchange with the ministry's public service portal and changes not yet sent will appear here.",
  'section.settings.title': 'Settings',
  'section.settings.description': 'Interface language, application information, updates and storage on this computer.',
  'section.notBuilt': 'This part is not in the current version yet.',

  'settings.language.title': 'Interface language',
  'settings.language.hint': 'Your choice is kept on this computer.',
  'settings.about.title': 'About the application',
  'settings.about.name': 'Application name',
  'settings.about.version': 'Version',
  'settings.about.host': 'Running in',
  'settings.about.host.browser': 'Web browser (browser)',
  'settings.about.host.electron': 'Desktop application (electron)',
  'settings.about.platform': 'Platform',
  'settings.about.locale': 'System locale',
  'settings.updates.title': 'Updates',
  'settings.updates.unsupported': 'Not available in the browser: automatic updates exist only in the desktop application.',
  'settings.updates.idle': 'Updates have not been checked yet.',
  'settings.updates.checking': 'Checking for updates…',
  'settings.updates.available': 'A new version ({version}) is available and about to download.',
  'settings.updates.notAvailable': 'You are using the latest version.',
  'settings.updates.downloading': 'Downloading the update: {percent}%.',
  'settings.updates.downloaded': 'Update {version} has been downloaded and will be installed when the application restarts.',
  'settings.updates.error': 'Could not check for updates.',
  'settings.updates.check': 'Check for updates',
  'settings.updates.install': 'Restart to update',
  'settings.storage.title': 'Storage on this computer',
  'settings.storage.usage': 'Space used',
  'settings.storage.usageValue': '{used} of {quota} allowed ({percent}%)',
  'settings.storage.protection': 'Data protection',
  'settings.storage.persisted': 'Protected: the browser will not clear the data when the disk is full.',
  'settings.storage.notPersisted': 'Not protected: when the disk is full, the browser may clear data that has not been synchronised.',
  'settings.storage.unavailable': 'Storage information is not available.',

  'hostError.HOST_INVALID_REQUEST': 'The request sent to the application was not valid.',
  'hostError.HOST_INVALID_RESPONSE': 'The application returned invalid data. Restart it; if the problem remains, contact IT support.',
  'hostError.HOST_FORBIDDEN_SENDER': "The request was refused because it did not come from the application's window.",
  'hostError.HOST_UNAVAILABLE': 'This feature exists only in the desktop application, not in the browser.',
  'hostError.HOST_NOT_ALLOWED': 'This link is not on the list of sites that may be opened.',
  'hostError.HOST_FILE_TOO_LARGE': 'The file is larger than allowed. Choose a smaller file.',
  'hostError.HOST_FILE_UNREADABLE': 'The chosen file could not be read. Check access rights or choose another file.',
  'hostError.HOST_SECRET_STORE_UNAVAILABLE': 'The secure store for confidential information cannot be used on this computer.',
  'hostError.HOST_INTERNAL': 'The application hit an error while doing this. Please try again.',
  ...intakeEn,
  ...dossiersEn,
  ...overviewEn,
  ...profileEn,
  ...demoEn,
  ...syncEn,
  ...updatesEn,
  ...documentsEn,
  ...signingEn,
  ...reportsEn,
  ...auditEn,
  ...dataProtectionEn,
  ...accountsEn,
};
