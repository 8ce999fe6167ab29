/**
 * How a commune gets the add-in into Excel without the Microsoft 365 admin centre: the two ways,
 * in Vietnamese first, then English. Printed by `npm start` and written into the release's
 * installation guide (scripts/release.ts), so both say the same.
 */

/** The registry key Excel desktop (Windows) reads its trusted shared-folder catalogs from. */
export const CATALOG_KEY = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs';
/** Fixed, so running the .reg file twice leaves one catalog entry, not two. */
export const CATALOG_ID = '{5b0c6a52-3d0e-4f4b-9a57-7d2f6a1c8e31}';

export function webSteps(manifest: string): string[] {
  return [
    'Excel trên web (Excel for the web):',
    '  1. Mở một sổ làm việc trên Excel trên web.',
    '  2. Trang đầu (Home) → Phần bổ trợ (Add-ins) → Thêm phần bổ trợ (More Add-ins) → Phần bổ trợ của tôi (My Add-ins).',
    `  3. Chọn "Tải lên phần bổ trợ của tôi" (Upload My Add-in), chọn tệp ${manifest}, bấm Tải lên (Upload).`,
    '  4. Nút "Tổng hợp" và "Mở bảng điều khiển" hiện trên thẻ Trang đầu.',
    '  Open a workbook in Excel for the web; Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in;',
    `  pick ${manifest}.`,
  ];
}

/** A share path to show as the example when the release was not given one. */
export const EXAMPLE_SHARE = '\\\\MAY-VAN-PHONG\\sskdt';

/**
 * The shared-folder way. `reg` is the release's .reg file and the share it was made for (`--share`), if any:
 * with a share the file already holds it and the steps say so; without one, the officer edits the example path.
 */
export function desktopSteps(manifest: string, reg: { file: string; share?: string } | undefined): string[] {
  const share = reg?.share ?? EXAMPLE_SHARE;
  const regStep = !reg
    ? []
    : reg.share
      ? [`  2. Bấm đúp ${reg.file} (đã ghi sẵn ${share}) để nạp vào Registry;`]
      : [`  2. Mở ${reg.file} bằng Notepad, thay ${EXAMPLE_SHARE} bằng đường dẫn đó, lưu, rồi bấm đúp để nạp vào Registry;`];
  return [
    'Excel trên máy tính Windows (Excel desktop), qua thư mục dùng chung (shared-folder catalog):',
    `  1. Chép ${manifest} vào một thư mục, chia sẻ thư mục đó (chuột phải → Properties → Sharing → Share),`,
    reg?.share ? `     với đường dẫn mạng ${share}.` : `     ghi lại đường dẫn mạng của nó, ví dụ ${share}.`,
    ...regStep,
    reg
      ? '     hoặc trong Excel: Tệp → Tùy chọn → Trung tâm Tin cậy → Thiết đặt → Danh mục Phần bổ trợ Tin cậy, thêm đường dẫn, đánh dấu "Hiện trong Menu".'
      : '  2. Trong Excel: Tệp (File) → Tùy chọn (Options) → Trung tâm Tin cậy (Trust Center) → Thiết đặt Trung tâm Tin cậy →',
    ...(reg ? [] : ['     Danh mục Phần bổ trợ Tin cậy (Trusted Add-in Catalogs): thêm đường dẫn, đánh dấu "Hiện trong Menu" (Show in Menu), OK.']),
    '  3. Đóng hẳn Excel rồi mở lại.',
    '  4. Chèn (Insert) → Phần bổ trợ của tôi (My Add-ins) → THƯ MỤC DÙNG CHUNG (SHARED FOLDER) → Tổng hợp SSKĐT → Thêm (Add).',
    `  Share a folder holding the manifest${reg?.share ? ` as ${share}` : ''}, add its network path as a trusted catalog (${reg ? `${reg.share ? `${reg.file} holds it already` : `the .reg file, path edited`}, or ` : ''}`,
    '  File → Options → Trust Center → Trusted Add-in Catalogs, "Show in Menu"), restart Excel, then',
    '  Insert → My Add-ins → SHARED FOLDER → Tổng hợp SSKĐT → Add.',
  ];
}

/** The .reg file that trusts a shared folder as an add-in catalog, as Windows' Registry Editor reads it. */
export function catalogRegFile(sharePath = EXAMPLE_SHARE): string {
  const escaped = sharePath.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return [
    'Windows Registry Editor Version 5.00',
    '',
    '; Tin cậy thư mục dùng chung chứa manifest.xml của Tổng hợp SSKĐT (thay đường dẫn dưới đây).',
    '; Trusts the shared folder holding the SSKĐT Rollup manifest as an add-in catalog (edit the path).',
    `[${CATALOG_KEY}\\${CATALOG_ID}]`,
    `"Id"="${CATALOG_ID}"`,
    `"Url"="${escaped}"`,
    '"Flags"=dword:00000001',
    '',
  ].join('\r\n');
}

/** Registry Editor reads .reg files as UTF-16 little-endian with a byte-order mark (Vietnamese comments survive). */
export function regFileBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
