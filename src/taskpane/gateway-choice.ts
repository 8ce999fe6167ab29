/**
 * Which workbook the pane works on: Excel's, when it runs inside Excel; the in-memory demo only in a
 * plain browser asked for it with ?demo=1; otherwise none (the pane explains how to open it from Excel).
 */
export type GatewaySource = 'office' | 'demo' | 'none';

export function gatewaySource(insideExcel: boolean, search: string): GatewaySource {
  if (insideExcel) return 'office';
  return new URLSearchParams(search).get('demo') === '1' ? 'demo' : 'none';
}
