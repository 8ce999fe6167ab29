import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef } from 'react';
import type { ReportIssue } from '../../core/report/model';
import type { ExcelGateway } from '../../excel/gateway';
import { issueAddress } from '../issue-groups';
import { useCampaignChoice } from '../hooks/useCampaignChoice';
import { useCapabilities } from '../hooks/useCapabilities';
import { isStale, useConsolidation, type RunState } from '../hooks/useConsolidation';
import { useListTemplate } from '../hooks/useListTemplate';
import { useNotices } from '../hooks/useNotices';
import { useReportWorkbook } from '../hooks/useReportWorkbook';
import { useSheets } from '../hooks/useSheets';
import { useWorkLists } from '../hooks/useWorkLists';
import { formatNumber } from '../i18n';
import { useLanguage } from '../language';
import { CampaignCard } from './CampaignCard';
import { IssuesCard } from './IssuesCard';
import { NoticeBars } from './NoticeBars';
import { ResultCard } from './ResultCard';
import { RunCard } from './RunCard';
import { TemplateCard } from './TemplateCard';
import { WorkListCard } from './WorkListCard';

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
  // Read by screen readers, not shown: the live region that announces a finished run.
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** What the live region says once a run has finished (nothing while idle or running). */
function announcement(state: RunState, t: ReturnType<typeof useLanguage>['t'], lang: 'vi' | 'en'): string {
  if (state.status === 'checked') {
    const c = state.model.issueCounts;
    return t('announceChecked', { errors: formatNumber(c.error, lang), warnings: formatNumber(c.warning, lang), notes: formatNumber(c.info, lang) });
  }
  if (state.status === 'consolidated') return t('announceConsolidated', { sheets: formatNumber(state.specs.length, lang) });
  return '';
}

/** The pane inside Excel: campaign, check and consolidate, results, the work lists, list templates. */
export function Workspace({ gateway, demo }: WorkspaceProps) {
  const styles = useStyles();
  const { lang, t } = useLanguage();
  const notices = useNotices();
  const onError = notices.reportError;
  const capabilities = useCapabilities(gateway, onError);
  const choice = useCampaignChoice(gateway, onError);
  const sheets = useSheets(gateway, choice.campaign, onError);
  const run = useConsolidation(gateway, { onError, onGrids: sheets.update, onSaved: choice.markSaved, onRefused: notices.reportRefusal });
  const template = useListTemplate(gateway, { onError, onCreated: () => void sheets.reload() });
  const workbook = useReportWorkbook(gateway, onError);
  const workLists = useWorkLists(gateway, { onError, onRefused: notices.reportRefusal });
  const selectIssue = useCallback(
    (issue: ReportIssue) => {
      gateway.selectCell(issue.sheet, issueAddress(issue)).catch(onError);
    },
    [gateway, onError],
  );
  const state = run.state;
  const request = { campaign: choice.campaign, asOf: choice.asOf, cadence: choice.cadence };
  const places = state.status === 'checked' || state.status === 'consolidated' ? [...new Set(state.model.entities.map((e) => e.name))] : [];
  const picked = workLists.picked.filter((name) => places.includes(name));
  const stale = isStale(state, request);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const issuesHeading = useRef<HTMLHeadingElement>(null);
  // When a run finishes, the focus goes to what it produced: the result card, or the check's findings.
  useEffect(() => {
    if (state.status === 'consolidated') resultHeading.current?.focus();
    else if (state.status === 'checked') issuesHeading.current?.focus();
  }, [state]);

  return (
    <div className={styles.stack}>
      {demo && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t('demoTitle')}</MessageBarTitle>
            {t('demoNotice')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {stale ? '' : announcement(state, t, lang)}
      </div>
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
      {stale && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('resultStale')}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'consolidated' && !stale && (
        <ResultCard
          headingRef={resultHeading}
          model={state.model}
          summary={state.summary}
          specs={state.specs}
          canOpenWorkbook={capabilities.createWorkbook}
          printLayout={capabilities.printLayout}
          opening={workbook.progress}
          onOpenWorkbook={() => void workbook.open(state.specs)}
        />
      )}
      {(state.status === 'checked' || state.status === 'consolidated') && !stale && (
        <IssuesCard model={state.model} onSelect={selectIssue} headingRef={state.status === 'checked' ? issuesHeading : undefined} />
      )}
      <WorkListCard
        choices={places}
        picked={picked}
        busy={workLists.busy}
        disabled={!choice.asOfValid || state.status === 'running'}
        written={workLists.written}
        onPick={workLists.setPicked}
        onWrite={() => void workLists.write(request, picked)}
      />
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
