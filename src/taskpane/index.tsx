/**
 * Bootstrap of the task pane: waits for Office, picks the workbook gateway and the theme, renders.
 * legacy-check.js runs before this bundle and stops it on hosts too old for it (IE11 webview).
 * The first paint needs only React, the Fluent parts of the header and the strings: the gateway
 * (Office adapter or demo workbook) and the workspace load as chunks right after it.
 * This page is also the ribbon's function file (manifest.xml: one shared runtime where the host has
 * one, else a hidden copy of this page), so in Excel it registers the ribbon's command first of all.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import { officeContext } from '../excel/features';
import type { ExcelGateway } from '../excel/gateway';
import { App, loadWorkspace } from './App';
import { gatewaySource, type GatewaySource } from './gateway-choice';
import { LanguageProvider } from './language';
import { registerRibbonCommands } from '../commands/register';
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

async function loadGateway(source: Exclude<GatewaySource, 'none'>): Promise<ExcelGateway> {
  if (source === 'office') return (await import(/* webpackChunkName: "office-gateway" */ './gateway-loader')).createOfficeGateway();
  return (await import(/* webpackChunkName: "demo-gateway" */ './demo-gateway')).createDemoGateway();
}

/** The pane this page draws, until a press says the page is only the hidden function file (register.ts). */
const pane: { root: Root | null; stopped: boolean } = { root: null, stopped: false };

function stopPane(): void {
  pane.stopped = true;
  pane.root?.unmount();
  pane.root = null;
}

/** A host that cannot take the ribbon's command (none is shown there) must still get its pane. */
function registerCommands(): void {
  try {
    registerRibbonCommands({ onlyFunctionFile: stopPane });
  } catch (error) {
    console.error('Tổng hợp (ribbon): the command could not be registered', error);
  }
}

function render(insideExcel: boolean): void {
  if (window.sskdtLegacyHost) return;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const source = gatewaySource(insideExcel, window.location.search);
  if (pane.stopped) return;
  const root = createRoot(container);
  pane.root = root;
  const theme = officeThemeIsDark(officeTheme()) ? webDarkTheme : webLightTheme;
  const show = (app: ReactNode) => {
    if (pane.stopped) return;
    root.render(
      <LanguageProvider>
        <FluentProvider theme={theme}>{app}</FluentProvider>
      </LanguageProvider>,
    );
  };
  if (source === 'none') {
    show(<App gateway={null} />);
    return;
  }
  show(<App gateway={null} loading />);
  // The workspace chunk loads alongside the gateway, not after it.
  void loadWorkspace().catch(() => undefined);
  loadGateway(source).then(
    (gateway) => show(<App gateway={gateway} demo={source === 'demo'} />),
    (error: unknown) => show(<App gateway={null} startupError={error} />),
  );
}

// Office is undefined when office.js could not load (opened offline, outside Office);
// outside Office it loads but onReady reports no host. Either way the page still explains itself.
if (typeof Office === 'undefined') {
  render(false);
} else {
  void Office.onReady(({ host }) => {
    const insideExcel = host === Office.HostType.Excel;
    if (insideExcel && !window.sskdtLegacyHost) registerCommands();
    render(insideExcel);
  });
}
