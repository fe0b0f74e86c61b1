import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../../src/platform/location-watch';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchLocation', () => {
  it('tells of an address change made without a reload, once, after it settled', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    watchLocation(onChange, 400);
    history.pushState({}, '', '/vacature/2/Tweede.html');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(399);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores events that do not change the address, whoever dispatched them', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    watchLocation(onChange, 400);
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'vacancy' } }));
    vi.advanceTimersByTime(5_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('tells nothing once stopped, not even of a change it was settling', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchLocation(onChange, 400);
    history.pushState({}, '', '/vacature/3/Derde.html');
    window.dispatchEvent(new PopStateEvent('popstate'));
    stop();
    vi.advanceTimersByTime(2_000);
    history.pushState({}, '', '/vacature/4/Vierde.html');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(2_000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
