import { logMessenger } from '../messaging/log-protocol';
import type { LogExportsApi } from '../model/log-files';
import { downloadWithAnchor } from './download';

/** The export, import and backup panel's link to the database and the background (the log page's panel). */
export function logExportsApi(openReport: (from: string, to: string) => void): LogExportsApi {
  const { sendMessage } = logMessenger;
  let last: { text: string; previewId: string } | null = null;
  return {
    exportFile: async (format, filter, separator) => {
      const { exportInPage } = await import('./export-in-page');
      const file = await exportInPage({ format, filter, separator });
      downloadWithAnchor(file.filename, file.text, file.mimeType);
    },
    openReport,
    preview: async (text) => {
      const preview = await sendMessage('logImportPreview', { text });
      last = preview.ok ? { text, previewId: preview.previewId } : null;
      return preview;
    },
    apply: async (text, choice) => {
      // The background keeps the previewed file; the file crosses again only when it no longer does.
      if (last?.text === text) {
        const applied = await sendMessage('logImportApplyPreviewed', { previewId: last.previewId, ...choice });
        last = null;
        if (!('expired' in applied)) return applied;
      }
      return sendMessage('logImportApply', { text, ...choice });
    },
  };
}
