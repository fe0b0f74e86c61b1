/** Per-portal knowledge as data: a URL guard and the selectors of the fields the portal marks up. */
export interface Portal {
  /** Lower-case id, used in evidence as `portal:<id>`. */
  id: string;
  matches: (url: URL) => boolean;
  /** CSS selectors whose text is the field's value (or, for contract, the regime line to parse). */
  selectors: Partial<Record<'title' | 'organisation' | 'reference' | 'location' | 'contract' | 'published' | 'deadline', string>>;
}
