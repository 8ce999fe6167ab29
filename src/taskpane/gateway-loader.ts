/**
 * The one door from the add-in's pages to Office.js: the pane's bootstrap and the ribbon command get
 * the gateway here, and nothing else in src/taskpane or src/commands imports src/excel's implementation.
 */
export { createOfficeGateway } from '../excel/office-gateway';
