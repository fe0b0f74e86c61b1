import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { mergeChanges } from '../db/changes';
import type { TrackedSummary } from '../model/tracked';
import { sortByNextDue } from '../model/views';

/** The performance mark a list page sets when its list is first on screen (npm run bench reads it). */
export const LIST_SHOWN_MARK = 'vacalens:list-shown';

export interface TrackedPage {
  rows: TrackedSummary[];
  total: number;
}

/** How a list page asks the background for summaries (the listTracked message). */
export type ListTracked = (input: { today: string; limit?: number }) => Promise<TrackedPage>;

export interface TrackedList {
  rows: TrackedSummary[];
  /** How many vacancies are tracked. */
  total: number;
  /** False while only the first rows are known: searching and filtering wait for the rest. */
  complete: boolean;
}

/**
 * The tracked vacancies of a list page: the first `firstPage` rows at once (read through indexes,
 * so the page shows them fast whatever the size of the log), then all of them. Changes heard on
 * the way are applied on top of each answer, since an answer may have been read before them.
 * Returns the list (null until the first answer), its rows sorted by the next thing due, and a
 * function that applies written summaries. `onShown` runs once the first rows are on screen.
 */
export function useTrackedList(
  list: ListTracked,
  subscribe: (onChange: (changed: TrackedSummary[]) => void) => () => void,
  today: string,
  firstPage: number,
  onError: (e: unknown) => void,
  onChange?: (changed: TrackedSummary[]) => void,
  onShown?: () => void,
): [TrackedList | null, TrackedSummary[], (changed: TrackedSummary[]) => void] {
  const [state, setState] = useState<TrackedList | null>(null);

  const apply = useCallback((changed: TrackedSummary[]) => {
    setState((current) => current && { ...current, rows: mergeChanges(current.rows, changed) });
  }, []);

  useEffect(() => {
    let heard: TrackedSummary[] = [];
    let stopped = false;
    const unsubscribe = subscribe((changed) => {
      heard = mergeChanges(heard, changed);
      apply(changed);
      onChange?.(changed);
    });
    const settle = (page: TrackedPage, complete: boolean) => {
      if (!stopped) setState({ rows: mergeChanges(page.rows, heard), total: page.total, complete });
    };
    list({ today, limit: firstPage })
      .then(async (first) => {
        const complete = first.rows.length >= first.total;
        settle(first, complete);
        if (!complete) settle(await list({ today }), true);
      })
      .catch(onError);
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [list, subscribe, today, firstPage]);

  const listed = state !== null;
  useLayoutEffect(() => {
    if (listed) onShown?.();
  }, [listed]);
  const rows = state?.rows;
  const sorted = useMemo(() => (rows ? sortByNextDue(rows, today) : []), [rows, today]);

  return [state, sorted, apply];
}
