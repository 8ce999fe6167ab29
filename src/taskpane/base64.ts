/** Bytes → base64 without a data: prefix (what Excel.createWorkbook takes), in the browser as in node. */

/** Characters per String.fromCharCode call: well under every engine's argument limit. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
