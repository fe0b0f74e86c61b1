// The job-search part's api, wired here: platform may not import a type the UI declares.
import { proofMessenger } from '../../src/messaging/proof-protocol';
import { sendMessage } from '../../src/messaging/protocol';
import type { JobSearchApi } from '../../src/ui/job-search-api';

/** The log page's job-search part's link to the background. */
export function jobSearchApi(openProof: (from: string, to: string) => void): JobSearchApi {
  const send = proofMessenger.sendMessage;
  return {
    getProofSettings: () => send('getProofSettings', undefined),
    setProofSettings: (settings) => send('setProofSettings', settings),
    getName: async () => (await sendMessage('getSettings')).reportName,
    // The name is kept with the reminder settings, where the printed proof of applications reads it.
    setName: async (reportName) => {
      await sendMessage('setSettings', { ...(await sendMessage('getSettings')), reportName });
    },
    listJobSearch: (from, to) => send('listJobSearch', { from, to }),
    addActivity: (input) => send('addActivity', input),
    updateActivity: (id, changes, seenUpdatedAt) => send('updateActivity', { id, changes, seenUpdatedAt }),
    deleteActivity: (id) => send('deleteActivity', { id }),
    proofMeter: () => send('proofMeter', undefined),
    openProof,
  };
}
