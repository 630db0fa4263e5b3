// English sentences of the Updates card in Settings; typed by the Vietnamese ones.
import type { updatesVi } from './updates.vi';

export const updatesEn: Record<keyof typeof updatesVi, string> = {
  'updates.currentVersion': 'Version in use',
  'updates.channel.legend': 'Update channel',
  'updates.channel.stable': 'Stable — versions tested for every unit',
  'updates.channel.pilot': 'Pilot — new versions early, for trying out',
  'updates.channel.hint': 'Leaving the pilot channel does not downgrade: this computer keeps its version until the stable channel has a newer one.',
  'updates.whatsNew': "What's new in version {version}",
  'updates.releasedOn': 'Released on {date}',
  'updates.progress': 'Update download progress',
  'updates.installRestart': 'Install and restart',
  'updates.required': 'The Informatics Center requires version {version} or later: the update installs itself as soon as no work is open.',
  'updates.blocked.unsaved-work': 'Cannot restart yet: a form has unsaved entries. Save or close it, then press again.',
  'updates.blocked.sync': 'Cannot restart yet: a sync with the public service portal is running. Wait for it to finish, then press again.',
  'updates.restarting': 'Restarting to install the update…',
  'updates.problem.offline': 'Cannot reach the update server. The app keeps its current version and will try again later.',
  'updates.problem.proxy': "The office network's proxy server does not allow a connection to the update server. Please tell the Informatics Center.",
  'updates.problem.server': 'The update server answered with an error or has no release on this channel. The app will try again later.',
  'updates.problem.metadata': "The update server's release information is invalid and was refused. The app keeps its current version.",
  'updates.problem.otherHost': 'The update points to a server other than the configured one and was refused.',
  'updates.problem.checksum': 'The downloaded update did not match its checksum (SHA-512) and was deleted. The app keeps its current version.',
  'updates.problem.signature': 'The update is not signed by the publisher and was refused. Please tell the Informatics Center.',
  'updates.problem.unknown': 'The update failed. The app keeps its current version and will try again later.',
};
