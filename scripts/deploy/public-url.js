// The address the add-in's pages are served from, and the manifest that points at it.
// Shared by webpack.config.js (`npm run build -- --env publicUrl=https://…`), scripts/release.ts
// and the manifest tests. CommonJS, because webpack.config.js is.
'use strict';

/** The local server of `npm start`; manifest.xml in the repository names this address only. */
const DEV_URL = 'https://localhost:3000';

class PublicUrlError extends Error {}

/**
 * The public URL, checked and without a trailing slash: https only (Office loads add-ins over
 * https only), no user name, query or fragment. Undefined or empty means the local server.
 */
function publicUrlFrom(raw) {
  if (raw === undefined || raw === null || raw === '' || raw === true) return DEV_URL;
  const text = String(raw).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new PublicUrlError(
      `Địa chỉ "${text}" không phải là một địa chỉ web. Hãy ghi dạng https://ten-mien.vn/duong-dan. ` +
        `/ "${text}" is not a web address; write it as https://host/path.`,
    );
  }
  const problems = [];
  if (url.protocol !== 'https:') problems.push('phải bắt đầu bằng https:// (Office chỉ nạp phần bổ trợ qua https) / must start with https://');
  if (url.username || url.password) problems.push('không được chứa tên người dùng hay mật khẩu / must not hold a user name or password');
  if (url.search || url.hash) problems.push('không được có phần ?… hay #… / must not have a ?query or #fragment');
  if (problems.length > 0) throw new PublicUrlError(`Địa chỉ "${text}": ${problems.join('; ')}.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** manifest.xml with every address of the local server replaced by the public URL. */
function manifestForUrl(manifestText, publicUrl) {
  return manifestText.split(DEV_URL).join(publicUrlFrom(publicUrl));
}

module.exports = { DEV_URL, PublicUrlError, publicUrlFrom, manifestForUrl };
