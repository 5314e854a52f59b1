import { describe, expect, it } from 'vitest';
import { keyAction, shortcutsOf, type KeyPress, type ReviewMode } from '../../../../src/review/client/keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, target: 'other', ...extra });

describe('keyAction: the review widget’s keys', () => {
  it('shows the answer with Space or Enter, then rates with 1 to 4', () => {
    expect(keyAction(press(' '), 'front')).toBe('reveal');
    expect(keyAction(press('Enter'), 'front')).toBe('reveal');
    expect(['1', '2', '3', '4'].map((key) => keyAction(press(key), 'back'))).toEqual(['again', 'hard', 'good', 'easy']);
  });

  it('does not rate before the answer is shown, nor show it twice', () => {
    expect(keyAction(press('3'), 'front')).toBeUndefined();
    expect(keyAction(press(' '), 'back')).toBeUndefined();
  });

  it('lets a question be answered with its own controls, and goes on with Space or Enter once it is rated', () => {
    for (const key of ['1', ' ', 'Enter']) expect(keyAction(press(key), 'question')).toBeUndefined();
    expect(keyAction(press('Enter'), 'answered')).toBe('next');
    expect(keyAction(press('2'), 'answered')).toBeUndefined();
  });

  it('leaves typing, modified keys and the controls’ own Space and Enter alone', () => {
    expect(keyAction(press('3', { target: 'text' }), 'back')).toBeUndefined();
    expect(keyAction(press('3', { ctrlKey: true }), 'back')).toBeUndefined();
    expect(keyAction(press('1', { altKey: true }), 'back')).toBeUndefined();
    expect(keyAction(press('Enter', { metaKey: true }), 'front')).toBeUndefined();
    expect(keyAction(press(' ', { target: 'control' }), 'front')).toBeUndefined();
    // A digit on a focused button still rates: the button is inside the widget.
    expect(keyAction(press('1', { target: 'control' }), 'back')).toBe('again');
  });

  it('takes no key when there is no item', () => {
    for (const key of ['1', ' ', 'Enter']) expect(keyAction(press(key), 'idle')).toBeUndefined();
  });
});

describe('shortcutsOf: what aria-keyshortcuts announces', () => {
  it.each([
    ['front', 'Space Enter'],
    ['back', '1 2 3 4'],
    ['question', ''],
    ['answered', 'Space Enter'],
    ['idle', ''],
  ] as [ReviewMode, string][])('announces %s as “%s”', (mode, keys) => {
    expect(shortcutsOf(mode)).toBe(keys);
  });
});
