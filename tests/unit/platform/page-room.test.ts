import { afterEach, describe, expect, it } from 'vitest';
import { PANEL_WIDTH, reservePageRoom } from '../../../src/platform/page-room';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
});

describe('reservePageRoom', () => {
  it('gives the page a right margin of the panel, over whatever the page says, while the room is kept', () => {
    const release = reservePageRoom(document, PANEL_WIDTH);
    const root = document.documentElement.style;
    expect([root.getPropertyValue('margin-right'), root.getPropertyPriority('margin-right')]).toEqual(['360px', 'important']);
    expect(root.getPropertyValue('width')).toBe('auto');
    expect(document.body.style.getPropertyValue('max-width')).toBe('100%');
    release();
  });

  it('puts back the inline styles the page had, and removes those it had not', () => {
    document.documentElement.style.setProperty('margin-right', '5px');
    document.documentElement.style.setProperty('width', '100vw', 'important');
    const release = reservePageRoom(document, PANEL_WIDTH);
    release();
    const root = document.documentElement.style;
    expect([root.getPropertyValue('margin-right'), root.getPropertyPriority('margin-right')]).toEqual(['5px', '']);
    expect([root.getPropertyValue('width'), root.getPropertyPriority('width')]).toEqual(['100vw', 'important']);
    expect(root.getPropertyValue('max-width')).toBe('');
    expect(document.body.getAttribute('style') ?? '').toBe('');
  });
});
