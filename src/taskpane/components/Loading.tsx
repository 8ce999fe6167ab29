import { Spinner } from '@fluentui/react-components';
import { useLanguage } from '../language';

/** What the pane shows while its workspace (the engine, the Office adapter) loads after the first paint. */
export function Loading() {
  const { t } = useLanguage();
  return <Spinner size="small" labelPosition="after" label={t('loadingWorkspace')} role="status" aria-live="polite" />;
}
