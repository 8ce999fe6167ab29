/**
 * An in-memory workbook for the pane opened in a plain browser with ?demo=1: a few small lists, so
 * the pane can be tried, screenshotted and tested end to end without Excel. Never used inside Excel
 * (see chooseGateway). "Open as its own workbook" downloads the .xlsx instead.
 */
import type { CellValue, Grid } from '../core/grid';
import type { SheetSpec } from '../core/sheetspec';
import { ExcelAdapterError, type ExcelGateway, type HostCapabilities, type OnProgress } from '../excel/gateway';
import { type EntityKind, SHEET } from '../core/vocabulary';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Mã thẻ BHYT', 'Thường trú', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT'];
const TEXT = '@';

type Person = [name: string, birth: string, sex: 'Nam' | 'Nữ', cccd: CellValue, bhyt: string, level2: boolean, activated: boolean, integrated: boolean];

function list(sheet: string, title: string, people: readonly Person[]): Grid {
  const x = (yes: boolean) => (yes ? 'x' : '');
  const values: CellValue[][] = [
    [title],
    [],
    HEADER,
    ...people.map(([name, birth, sex, cccd, bhyt, level2, activated, integrated], i) => [
      i + 1, name, birth, sex, cccd, bhyt, 'x', x(level2), x(activated), x(integrated),
    ]),
  ];
  // CCCD and BHYT typed as text, except where a number shows what Excel does to a CCCD in a General column.
  const formats = values.map((row) => row.map((cell, c) => ((c === 4 || c === 5) && typeof cell === 'string' ? TEXT : 'General')));
  return { sheet, values, formats };
}

/** Valid CCCDs are PPP G YY NNNNNN: province 051 (Quảng Ngãi), century/sex digit, year of birth, serial. */
const SAMPLE_GRIDS: readonly Grid[] = [
  list('Thôn Gò Da', 'DANH SÁCH CÔNG DÂN THÔN GÒ DA', [
    ['Nguyễn Văn An', '12/03/1985', 'Nam', '051085001201', 'GD4515100001201', true, true, true],
    ['Trần Thị Bích', '05/01/1990', 'Nữ', '051190001202', 'GD4515100001202', true, true, true],
    ['Lê Văn Cường', '1978', 'Nam', 51078001203, 'DN4515100001203', true, true, false],
    ['Phạm Thị Dung', '20/11/2001', 'Nữ', '051301001204', 'GD4515100001204', true, false, false],
    ['Hồ Văn Em', '02/09/1965', 'Nam', '051065001205', 'HT3515100001205', true, true, true],
    ['Đinh Thị Giang', '31/02/1999', 'Nữ', '051199001206', 'GD4515100001206', false, false, false],
    ['Võ Văn Hải', '14/07/2010', 'Nam', '051210001207', 'HS4515100001207', true, true, true],
    ['Bùi Thị Hoa', '08/08/1982', 'Nữ', '051182001208', 'GD451510000120', true, true, true],
  ]),
  list('Tổ dân phố 2', 'DANH SÁCH CÔNG DÂN TỔ DÂN PHỐ 2', [
    ['Đặng Văn Khoa', '03/04/1975', 'Nam', '051075001301', 'GD4515100001301', true, true, true],
    ['Ngô Thị Lan', '17/06/1988', 'Nữ', '051188001302', 'GD4515100001302', true, true, true],
    ['Dương Văn Minh', '25/12/1995', 'Nam', '051095001303', 'GD4515100001303', true, true, true],
    ['Huỳnh Thị Nga', '09/10/1960', 'Nữ', '051160001304', 'HT3515100001304', true, true, true],
    ['Lý Văn Phúc', '30/05/2005', 'Nam', '051205001305', 'HS4515100001305', true, true, false],
  ]),
  list('Trường Mầm non Bờ Y', 'DANH SÁCH CÁN BỘ, GIÁO VIÊN', [
    ['Trịnh Thị Quyên', '11/11/1984', 'Nữ', '051184001401', 'GD4515100001401', true, true, true],
    ['Mai Văn Sơn', '22/02/1979', 'Nam', '051079001402', 'GD4515100001402', true, true, true],
    ['Tạ Thị Thu', '01/01/1992', 'Nữ', '051192001403', 'GD4515100001403', true, true, false],
  ]),
  { sheet: 'Ghi chú', values: [['Ghi chú của Công an xã'], ['Danh sách thôn Gò Da nhận qua Zalo ngày 20/11.']] },
];

const CAPABILITIES: HostCapabilities = { printLayout: false, suspendScreenUpdating: false, createWorkbook: true, dataValidation: true };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function gridOf(spec: SheetSpec): Grid {
  return { sheet: spec.name, values: spec.rows.map((row) => row.map((cell) => cell?.v ?? null)) };
}

/** Saves a file the way a browser does: a download, since outside Excel there is no workbook to open. */
function download(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createDemoGateway(): ExcelGateway {
  const grids: Grid[] = SAMPLE_GRIDS.map((g) => structuredClone(g));
  let config: Grid | null = null;
  let report: SheetSpec[] = [];
  const slowly = async (onProgress: OnProgress | undefined, step: 'reading' | 'writing') => {
    for (const fraction of [0.25, 0.5, 0.75, 1]) {
      await pause(120);
      onProgress?.(step, fraction);
    }
  };
  return {
    capabilities: () => CAPABILITIES,
    async readGrids(onProgress) {
      await slowly(onProgress, 'reading');
      // Like Excel's gateway: the lists, and the history an earlier run wrote, for the engine to compare weeks.
      const history = report.find((spec) => spec.name === SHEET.history);
      return [...grids.map((g) => structuredClone(g)), ...(history ? [gridOf(history)] : [])];
    },
    async writeReport(specs, onProgress) {
      await slowly(onProgress, 'writing');
      report = [...specs];
    },
    async writeWorkLists(spec, onProgress) {
      await slowly(onProgress, 'writing');
      report = [...report.filter((s) => s.name !== spec.name), spec];
    },
    createListTemplate(kind: EntityKind, name: string) {
      const base = name.trim() || (kind === 'village' ? 'Thôn mới' : 'Đơn vị mới');
      let sheet = base;
      for (let n = 2; grids.some((g) => g.sheet === sheet) || report.some((s) => s.name === sheet); n++) sheet = `${base} (${n})`;
      grids.push({ sheet, values: [HEADER] });
      return Promise.resolve(sheet);
    },
    selectCell(sheet: string) {
      if (!grids.some((g) => g.sheet === sheet) && !report.some((s) => s.name === sheet)) {
        return Promise.reject(new ExcelAdapterError({ code: 'READ_FAILED', problem: 'notFound' }, { cause: new Error(`no sheet "${sheet}"`) }));
      }
      return Promise.resolve();
    },
    readConfigGrid() {
      return Promise.resolve(config);
    },
    writeConfig(spec) {
      config = gridOf(spec);
      return Promise.resolve();
    },
    openWorkbook(base64) {
      download(base64, 'bao-cao-tong-hop.xlsx');
      return Promise.resolve();
    },
  };
}
