import { logMessenger } from '../messaging/log-protocol';
import type { LogExportsApi } from '../ui/LogExports';
import { downloadWithAnchor } from './download';

/** The export, import and backup panel's link to the background, shared by the log and report pages. */
export function logExportsApi(openReport: (from: string, to: string) => void): LogExportsApi {
  const { sendMessage } = logMessenger;
  return {
    exportFile: async (format, filter, separator) => {
      const file = await sendMessage('logExport', { format, filter, separator });
      downloadWithAnchor(file.filename, file.text, file.mimeType);
    },
    openReport,
    preview: (text) => sendMessage('logImportPreview', { text }),
    apply: (text, choice) => sendMessage('logImportApply', { text, ...choice }),
  };
}
