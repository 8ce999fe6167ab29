/**
 * Bootstrap of the task pane: waits for Office, picks the workbook gateway and the theme, renders.
 * legacy-check.js runs before this bundle and stops it on hosts too old for it (IE11 webview).
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeContext } from '../excel/features';
import type { ExcelGateway } from '../excel/gateway';
import { App } from './App';
import { createDemoGateway } from './demo-gateway';
import { createOfficeGateway } from './gateway-loader';
import { gatewaySource } from './gateway-choice';
import { LanguageProvider } from './language';
import { officeThemeIsDark } from './theme';

declare global {
  interface Window {
    /** Set by legacy-check.js when it has replaced the page with its "update Office" message. */
    sskdtLegacyHost?: boolean;
  }
}

function officeTheme(): Office.OfficeTheme | undefined {
  return officeContext()?.officeTheme;
}

function render(insideExcel: boolean): void {
  if (window.sskdtLegacyHost) return;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const source = gatewaySource(insideExcel, window.location.search);
  let gateway: ExcelGateway | null = null;
  let startupError: unknown = null;
  try {
    gateway = source === 'office' ? createOfficeGateway() : source === 'demo' ? createDemoGateway() : null;
  } catch (error) {
    startupError = error;
  }
  createRoot(container).render(
    <LanguageProvider>
      <FluentProvider theme={officeThemeIsDark(officeTheme()) ? webDarkTheme : webLightTheme}>
        <App gateway={gateway} demo={source === 'demo'} startupError={startupError} />
      </FluentProvider>
    </LanguageProvider>,
  );
}

// Office is undefined when office.js could not load (opened offline, outside Office);
// outside Office it loads but onReady reports no host. Either way the page still explains itself.
if (typeof Office === 'undefined') {
  render(false);
} else {
  void Office.onReady(({ host }) => {
    render(host === Office.HostType.Excel);
  });
}
