import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { mergeChanges } from '../model/summary-changes';
import type { TrackedSummary } from '../model/tracked';
import { sortByNextDue } from '../model/views';

/** The performance mark a list page sets when its list is first on screen (npm run bench reads it). */
export const LIST_SHOWN_MARK = 'vacalens:list-shown';

export interface TrackedPage {
  rows: TrackedSummary[];
  /** How many vacancies are tracked; null while unknown (counting reads the whole log). */
  total: number | null;
}

/** How a list page gets summaries: the first `limit` in the lists' order, or all of them. */
export type ListTracked = (input: { today: string; limit?: number }) => Promise<TrackedPage>;

export interface TrackedList {
  rows: TrackedSummary[];
  /** How many vacancies are tracked; null until known. */
  total: number | null;
  /** False while only the first rows are known: searching and filtering wait for the rest. */
  complete: boolean;
}

/**
 * A list page's source: its rows read from the database by the page itself when it can (`read`
 * answers null when it cannot: no database yet, or an older one), else asked of the background
 * (`ask`, the listTracked message). Reading in the page spares the rows the trip through the
 * background, which may have to wake up first.
 */
export function rowsReadInPage(
  read: (today: string, limit?: number) => Promise<TrackedSummary[] | null>,
  ask: ListTracked,
): ListTracked {
  return async (input) => {
    const rows = await read(input.today, input.limit);
    if (!rows) return ask(input);
    const whole = input.limit === undefined || rows.length < input.limit;
    return { rows, total: whole ? rows.length : null };
  };
}

/** How many rows a list draws before the browser first paints: a screenful, the rest right after. */
export const FIRST_SCREEN_ROWS = { popup: 10, log: 15 } as const;

/**
 * Rows the popup draws at first and per "show more" (a popup with thousands of rows would open
 * slowly); the log page asks for as many first, so its first answer comes as fast.
 */
export const POPUP_PAGE_SIZE = 50;

/**
 * The tracked vacancies of a list page: the first `firstPage` rows at once (read through indexes,
 * so the page shows them fast whatever the size of the log), then all of them. Changes heard on
 * the way are applied on top of each answer, since an answer may have been read before them.
 * Returns the list (null until the first answer), its rows sorted by the next thing due, a
 * function that applies written summaries, and whether the browser has painted the list once
 * (until then a page draws only a screenful of rows). `onShown` runs once the first rows are on
 * screen.
 */
export function useTrackedList(
  list: ListTracked,
  subscribe: (onChange: (changed: TrackedSummary[]) => void) => () => void,
  today: string,
  firstPage: number,
  onError: (e: unknown) => void,
  onChange?: (changed: TrackedSummary[]) => void,
  onShown?: () => void,
): [TrackedList | null, TrackedSummary[], (changed: TrackedSummary[]) => void, boolean] {
  const [state, setState] = useState<TrackedList | null>(null);
  const [painted, setPainted] = useState(false);

  const apply = useCallback((changed: TrackedSummary[]) => {
    setState((current) => current && { ...current, rows: mergeChanges(current.rows, changed) });
  }, []);

  // A layout effect: it runs as soon as the page is first rendered, so the rows are read while the
  // browser lays out and paints the page (a plain effect waits for that paint before asking).
  useLayoutEffect(() => {
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
        const complete = first.total !== null && first.rows.length >= first.total;
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
    if (!listed) return;
    onShown?.();
    // A frame callback runs just before the paint; a task queued from it runs after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [listed]);
  const rows = state?.rows;
  const sorted = useMemo(() => (rows ? sortByNextDue(rows, today) : []), [rows, today]);

  return [state, sorted, apply, painted];
}
