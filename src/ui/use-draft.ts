import { useEffect, useState } from 'preact/hooks';

/**
 * What the user types over a value of the record. While the user has not changed it, the draft
 * follows the record (a change from another tab reloads it); once they have, it keeps their text
 * and the record's version (`updatedAt`) it was begun on. Saving sends that version, so an edit
 * begun before another tab's change is refused as a conflict instead of silently overwriting it.
 */
export function useDraft(value: string, updatedAt: string): { draft: string; setDraft: (draft: string) => void; editedOn: string } {
  const [state, setState] = useState({ draft: value, value, editedOn: updatedAt });
  useEffect(() => {
    setState((s) => (s.draft === s.value || s.draft === value ? { draft: value, value, editedOn: updatedAt } : s));
  }, [value, updatedAt]);
  return { draft: state.draft, setDraft: (draft) => setState((s) => ({ ...s, draft })), editedOn: state.editedOn };
}
