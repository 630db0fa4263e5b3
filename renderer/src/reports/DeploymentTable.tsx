// The online-services report on screen: which procedures the unit offers online (toàn trình / một
// phần), how many dossiers came in online this period and the period before.
import { formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import { onlineClassNames, onlineShare, type DeploymentReport } from '../../../shared/reports/deployment';
import { periodTitle } from '../../../shared/reports/period';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';

export function DeploymentTable({ report }: { report: DeploymentReport }) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const number = new Intl.NumberFormat(locale);
  const share = (online: number, received: number) => {
    const value = onlineShare(online, received);
    return value === null ? t('reports.deployment.noShare') : `${number.format(value)}%`;
  };
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const { summary } = report;
  return (
    <div className="report-deployment">
      <p className="report-deployment__summary">
        {t('reports.deployment.summary', {
          full: summary.fullyOnline,
          partial: summary.partlyOnline,
          online: number.format(summary.online),
          received: number.format(summary.received),
          share: share(summary.online, summary.received),
          previousOnline: number.format(summary.previousOnline),
          previousReceived: number.format(summary.previousReceived),
          previousShare: share(summary.previousOnline, summary.previousReceived),
        })}
      </p>
      {report.catalogueChange && (
        <p className="report-deployment__note">
          {t('reports.deployment.catalogueChanged', { version: report.catalogueChange.version, date: formatVietnameseDate(report.catalogueChange.effectiveFrom) })}
        </p>
      )}
      <div className="report-table-wrap" tabIndex={0} role="region" aria-labelledby="deployment-caption">
        <table className="report-table report-table--deployment" data-testid="deployment-table">
          <caption id="deployment-caption">{t('reports.deployment.caption', { period: periodTitle(report.period), previous: periodTitle(report.previousPeriod) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.deployment.procedure')}</th>
              <th scope="col">{t('reports.deployment.class')}</th>
              <th scope="col">{t('reports.deployment.received')}</th>
              <th scope="col">{t('reports.deployment.online')}</th>
              <th scope="col">{t('reports.deployment.share')}</th>
              <th scope="col">{t('reports.deployment.previousOnline')}</th>
              <th scope="col">{t('reports.deployment.change')}</th>
            </tr>
          </thead>
          <tbody>
            {report.lines.map((line) => (
              <tr key={line.procedureCode}>
                <th scope="row" className="report-table__label">
                  {line.procedureName} <span className="report-table__code">({line.procedureCode})</span>
                </th>
                <td>{onlineClassNames[line.onlineClass]}</td>
                <td className="report-table__figure">{number.format(line.received)}</td>
                <td className="report-table__figure">{number.format(line.online)}</td>
                <td className="report-table__figure">{share(line.online, line.received)}</td>
                <td className="report-table__figure">{number.format(line.previousOnline)}</td>
                <td className="report-table__figure">{signed.format(line.online - line.previousOnline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
