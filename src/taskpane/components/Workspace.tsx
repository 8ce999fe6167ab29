import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ReportIssue } from '../../core/report/model';
import type { ExcelGateway } from '../../excel/gateway';
import { issueAddress } from '../issue-groups';
import { useCampaignChoice } from '../hooks/useCampaignChoice';
import { useCapabilities } from '../hooks/useCapabilities';
import { useConsolidation } from '../hooks/useConsolidation';
import { useListTemplate } from '../hooks/useListTemplate';
import { useNotices } from '../hooks/useNotices';
import { useReportWorkbook } from '../hooks/useReportWorkbook';
import { useSheets } from '../hooks/useSheets';
import { useLanguage } from '../language';
import { CampaignCard } from './CampaignCard';
import { IssuesCard } from './IssuesCard';
import { NoticeBars } from './NoticeBars';
import { ResultCard } from './ResultCard';
import { RunCard } from './RunCard';
import { TemplateCard } from './TemplateCard';

export interface WorkspaceProps {
  gateway: ExcelGateway;
  /** The in-memory sample workbook of ?demo=1, outside Excel. */
  demo: boolean;
}

const useStyles = makeStyles({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
});

/** The pane inside Excel: campaign, check and consolidate, results, list templates. */
export function Workspace({ gateway, demo }: WorkspaceProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const notices = useNotices();
  const onError = notices.reportError;
  const capabilities = useCapabilities(gateway, onError);
  const choice = useCampaignChoice(gateway, onError);
  const sheets = useSheets(gateway, choice.campaign, onError);
  const run = useConsolidation(gateway, { onError, onGrids: sheets.update, onSaved: choice.markSaved, onRefused: notices.reportRefusal });
  const template = useListTemplate(gateway, { onError, onCreated: () => void sheets.reload() });
  const workbook = useReportWorkbook(gateway, onError);
  const selectIssue = useCallback(
    (issue: ReportIssue) => {
      gateway.selectCell(issue.sheet, issueAddress(issue)).catch(onError);
    },
    [gateway, onError],
  );
  const state = run.state;
  const request = { campaign: choice.campaign, asOf: choice.asOf, cadence: choice.cadence };

  return (
    <div className={styles.stack}>
      {demo && (
        <MessageBar intent="info">
          <MessageBarBody>{t('demoNotice')}</MessageBarBody>
        </MessageBar>
      )}
      <NoticeBars notices={notices.notices} onDismiss={notices.dismiss} />
      <CampaignCard
        campaign={choice.campaign}
        source={choice.source}
        stored={choice.stored}
        asOf={choice.asOf}
        asOfText={choice.asOfText}
        asOfProblem={choice.asOfProblem}
        cadence={choice.cadence}
        view={choice.view}
        sheets={sheets.sheets}
        sheetsLoading={sheets.loading}
        onSource={choice.setSource}
        onAsOf={choice.setAsOf}
        onAsOfText={choice.setAsOfText}
        onCadence={choice.chooseCadence}
        onChooseSheet={choice.chooseSheet}
        onReloadSheets={() => void sheets.reload()}
      />
      <RunCard
        progress={state.status === 'running' ? state : null}
        disabled={!choice.asOfValid}
        onCheck={() => void run.check(request)}
        onConsolidate={() => void run.consolidate(request)}
      />
      {state.status === 'consolidated' && (
        <ResultCard
          model={state.model}
          summary={state.summary}
          specs={state.specs}
          canOpenWorkbook={capabilities.createWorkbook}
          printLayout={capabilities.printLayout}
          opening={workbook.progress}
          onOpenWorkbook={() => void workbook.open(state.specs)}
        />
      )}
      {(state.status === 'checked' || state.status === 'consolidated') && <IssuesCard model={state.model} onSelect={selectIssue} />}
      <TemplateCard
        kind={template.kind}
        name={template.name}
        busy={template.busy}
        created={template.created}
        dropdowns={capabilities.dataValidation}
        onKind={template.setKind}
        onName={template.setName}
        onCreate={() => void template.create()}
      />
    </div>
  );
}
