/*
 * Runs before the task pane's bundle. Office 2016/2019 bought with volume licences show add-ins in an
 * Internet Explorer 11 webview, and some Office 2019 installs in EdgeHTML: neither can run the pane.
 * There this script replaces the page with a plain message (no React) saying what to use instead, and
 * sets window.sskdtLegacyHost so the bundle, should it parse at all, does nothing.
 * ES5 only, no arrow functions, no let/const: this file must parse in IE11 (test/taskpane/legacy-check.test.ts).
 * The build writes every non-ASCII character as a \u escape, so the page's encoding cannot garble it.
 */
(function () {
  'use strict';
  var w = window;
  var d = document;
  var ua = (w.navigator && w.navigator.userAgent) || '';

  var MESSAGE =
    '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:1.45;padding:16px;max-width:520px">' +
    '<h1 style="font-size:18px;margin:0 0 8px">Phiên bản Office này quá cũ để chạy Tổng hợp SSKĐT</h1>' +
    '<p style="margin:0 0 8px">Trình duyệt bên trong Office trên máy này (Internet Explorer hoặc Edge cũ) không chạy được bảng điều khiển. ' +
    'Hãy cập nhật Office lên Microsoft 365 (hoặc Office 2021 trở lên), hoặc mở sổ làm việc bằng Excel trên web tại office.com. ' +
    'Dữ liệu vẫn nằm nguyên trong sổ làm việc.</p>' +
    '<h2 lang="en" style="font-size:15px;margin:16px 0 8px">This version of Office is too old for SSKĐT Rollup</h2>' +
    '<p lang="en" style="margin:0">The browser inside Office on this computer (Internet Explorer or the old Edge) cannot run the panel. ' +
    'Update Office to Microsoft 365 (or Office 2021 or later), or open the workbook in Excel on the web at office.com. ' +
    'Your data stays in the workbook.</p>' +
    '</div>';

  function explain() {
    w.sskdtLegacyHost = true;
    var root = d.getElementById('root') || d.body;
    if (root) root.innerHTML = MESSAGE;
  }

  var tooOld =
    !!d.documentMode || // Internet Explorer
    /\bEdge\/\d+/.test(ua) || // EdgeHTML (Chromium Edge says "Edg/")
    typeof w.Promise !== 'function' ||
    typeof w.fetch !== 'function' ||
    typeof w.Proxy !== 'function' ||
    typeof w.Symbol !== 'function';

  if (tooOld) {
    explain();
    return;
  }

  // Safety net for an engine this test misses: if the bundle cannot even be parsed, the pane would stay blank.
  w.addEventListener('error', function (event) {
    var root = d.getElementById('root');
    var syntax = (event.error && event.error.name === 'SyntaxError') || /SyntaxError/.test(String(event.message));
    if (syntax && root && !root.firstChild) explain();
  });
})();
