import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useMemo } from 'react';
import type { ExcelGateway } from '../excel/gateway';
import { noticeFromError } from './errors';
import { Header } from './components/Header';
import { Loading } from './components/Loading';
import { NoticeBars } from './components/NoticeBars';
import { OutsideExcel } from './components/OutsideExcel';

/**
 * The workspace (its cards, the engine, zod, date-fns) is a chunk of its own, loaded right after the
 * first paint: on a slow link the header and a loading line show at once (issue 13 §6).
 */
export const loadWorkspace = () => import(/* webpackChunkName: "workspace" */ './components/Workspace');
const Workspace = lazy(() => loadWorkspace().then((module) => ({ default: module.Workspace })));

export interface AppProps {
  /** The workbook the pane works on; null outside Excel, where the pane explains how to open it. */
  gateway: ExcelGateway | null;
  /** The gateway is the in-memory sample workbook (?demo=1 in a plain browser). */
  demo?: boolean;
  /** The gateway could not be created (e.g. a host too old for it): shown instead of the workspace. */
  startupError?: unknown;
  /** The gateway is still loading: the pane shows its header and a loading line. */
  loading?: boolean;
}

const useBodyStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export function App({ gateway, demo = false, startupError = null, loading = false }: AppProps) {
  useBodyStyles();
  const styles = useStyles();
  const startupNotices = useMemo(() => (startupError === null ? [] : [{ ...noticeFromError(startupError), id: 0 }]), [startupError]);
  return (
    <main className={styles.page}>
      <Header />
      {startupError !== null ? (
        <NoticeBars notices={startupNotices} />
      ) : loading ? (
        <Loading />
      ) : gateway ? (
        <Suspense fallback={<Loading />}>
          <Workspace gateway={gateway} demo={demo} />
        </Suspense>
      ) : (
        <OutsideExcel />
      )}
    </main>
  );
}
