import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';

function render(insideExcel: boolean): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App insideExcel={insideExcel} />
    </FluentProvider>,
  );
}

// Office is undefined when office.js could not load (opened offline, outside Office);
// outside Office it loads but onReady reports no host. Either way the page still explains itself.
if (typeof Office === 'undefined') {
  render(false);
} else {
  Office.onReady(({ host }) => render(host === Office.HostType.Excel));
}
