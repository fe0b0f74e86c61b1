/**
 * Saves text as a file the user downloads. One seam for every export, so tests can fake it
 * and a later switch to the downloads API touches one place.
 */
export type DownloadText = (filename: string, text: string, mimeType: string) => void;

export const downloadWithAnchor: DownloadText = (filename, text, mimeType) => {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has taken its copy once click() returns; a little later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
