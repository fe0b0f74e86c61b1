import { useRef, useState } from 'preact/hooks';
import { STATUSES, type Status } from '../model/status';
import type { Translate } from './i18n';
import { STATUS_LABELS } from '../i18n/status-labels';

/**
 * The one status menu of the sidebar, the popup and the log page. It saves a choice, not each
 * step on the way to it: a closed menu moved through with the arrow keys (or by typing a letter)
 * fires a change per key in Chromium and Firefox, so a keyboard move is held until Enter (or until
 * focus leaves the menu, which keeps what it shows) and Escape goes back; a choice made in the
 * open list (mouse, or Enter there) is saved at once. The menu is never disabled while saving,
 * so keyboard focus stays in it. Once saved, the change can be undone at once.
 */
export interface StatusMenuProps {
  status: Status;
  t: Translate;
  /** Unique on the page: the label points at it. */
  id: string;
  /** The menu's name; shown beside it unless `hideLabel` (a table row names it for screen readers only). */
  label: string;
  hideLabel?: boolean;
  testId?: string;
  /** Classes of the select itself (the popup colours it by status). */
  selectClass?: string;
  /** Saves the chosen status: resolves once saved, rejects when it was not (the menu shows the status again). */
  onChoose(status: Status, event: Event): Promise<unknown>;
  /** Takes the change just saved back, leaving no step in the history; offered once a choice is saved. */
  onUndo?(event: Event): Promise<unknown>;
}

/** Keys that move a closed menu's choice without choosing: held until Enter. */
function movesChoice(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key)) return true;
  // Typing a letter jumps to the status that starts with it; a space opens the list instead.
  return event.key.length === 1 && event.key !== ' ';
}

export function StatusMenu(props: StatusMenuProps) {
  const { status, t, id, label } = props;
  /** A keyboard move not saved yet. */
  const [pending, setPending] = useState<Status | null>(null);
  /** The status being saved, shown meanwhile. */
  const [saving, setSaving] = useState<Status | null>(null);
  /** The change just saved, which can be undone while the status is still its result. */
  const [saved, setSaved] = useState<{ from: Status; to: Status } | null>(null);
  const [undone, setUndone] = useState<Status | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const lastKeyMoved = useRef(false);

  const choose = (next: Status, event: Event) => {
    setPending(null);
    if (next === status || saving) return;
    const from = status;
    setSaving(next);
    setUndone(null);
    props.onChoose(next, event).then(
      () => {
        setSaving(null);
        setSaved({ from, to: next });
      },
      () => setSaving(null),
    );
  };
  const undo = (event: Event) => {
    if (!saved || !props.onUndo) return;
    const { from } = saved;
    props.onUndo(event).then(() => {
      setSaved(null);
      setUndone(from);
      // The undo button goes away with the change it undid: focus goes back to the menu.
      select.current?.focus();
    }, () => {});
  };

  const shown = pending ?? saving ?? status;
  const canUndo = saved !== null && saved.to === status && saving === null && pending === null && props.onUndo;
  const note = pending
    ? t('statusPendingHint')
    : saved && saved.to === status
      ? t('statusSaved', t(STATUS_LABELS[status]))
      : undone === status
        ? t('statusUndone', t(STATUS_LABELS[status]))
        : '';

  return (
    <span class="status-menu">
      <label for={id} class={props.hideLabel ? 'visually-hidden' : 'status-label'}>
        {label}
      </label>
      <select
        id={id}
        ref={select}
        data-testid={props.testId}
        class={props.selectClass}
        value={shown}
        aria-busy={saving !== null}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            lastKeyMoved.current = false;
            if (pending) {
              event.preventDefault();
              choose(pending, event);
            }
          } else if (event.key === 'Escape' && pending) {
            // Back to the saved status; the sidebar's Escape (fold the panel) waits for the next one.
            event.preventDefault();
            event.stopPropagation();
            setPending(null);
          } else {
            lastKeyMoved.current = movesChoice(event);
          }
        }}
        onPointerDown={() => {
          lastKeyMoved.current = false;
        }}
        onChange={(event) => {
          const next = event.currentTarget.value as Status;
          if (lastKeyMoved.current) setPending(next === status ? null : next);
          else choose(next, event);
        }}
        onBlur={(event) => {
          lastKeyMoved.current = false;
          if (pending) choose(pending, event);
        }}
      >
        {STATUSES.map((s) => (
          <option value={s} key={s}>
            {t(STATUS_LABELS[s])}
          </option>
        ))}
      </select>
      {canUndo && (
        <button type="button" class="small undo" data-testid="status-undo" onClick={undo}>
          {t('statusUndo')}
          <span class="visually-hidden"> ({t('statusUndoTo', t(STATUS_LABELS[saved.from]))})</span>
        </button>
      )}
      <span class="status-note" data-testid="status-note" aria-live="polite">
        {note}
      </span>
    </span>
  );
}
