// canSee decides on measures alone: each hiding trick a page has ends in one of them.
import { describe, expect, it } from 'vitest';
import { canSee, colourGap, MIN_COLOUR_GAP, MIN_OPACITY, MIN_SIDE_PX, stepAsks, type Sight } from './sight';

const seen: Sight = { left: 100, top: 100, right: 300, bottom: 130, pageWidth: 1280, pageHeight: 2000, opacity: 1, masked: false, colourGap: 200, tested: 5, onTop: 5, focusedByUser: false };
const at = (change: Partial<Sight>) => canSee({ ...seen, ...change });

describe('canSee', () => {
  it('sees a plain field, and one scrolled out of view that nothing could hit-test', () => {
    expect(at({})).toBe(true);
    expect(at({ top: 1800, bottom: 1830, tested: 0, onTop: 0 })).toBe(true);
  });

  it('needs a box a person can click and read', () => {
    expect(at({ right: 100 + MIN_SIDE_PX })).toBe(true);
    expect(at({ right: 100 + MIN_SIDE_PX - 1 })).toBe(false);
    expect(at({ bottom: 102 })).toBe(false);
  });

  it('needs the box inside the page a person can scroll, in every direction', () => {
    expect(at({ left: -300, right: -100 })).toBe(false);
    expect(at({ top: -300, bottom: -270 })).toBe(false);
    expect(at({ left: 1280, right: 1480 })).toBe(false);
    expect(at({ top: 2000, bottom: 2030 })).toBe(false);
    expect(at({ left: 1200, right: 1400 })).toBe(true);
  });

  it('needs the combined opacity above the threshold, no mask, text apart from its background', () => {
    expect(at({ opacity: MIN_OPACITY })).toBe(true);
    expect(at({ opacity: 0.01 })).toBe(false);
    expect(at({ opacity: Number.NaN })).toBe(false);
    expect(at({ masked: true })).toBe(false);
    expect(at({ colourGap: MIN_COLOUR_GAP - 1 })).toBe(false);
    expect(at({ colourGap: Infinity })).toBe(true);
  });

  it('needs the field on top at most of the points hit-tested', () => {
    expect(at({ onTop: 3 })).toBe(true);
    expect(at({ onTop: 2 })).toBe(false);
    expect(at({ tested: 1, onTop: 0 })).toBe(false);
  });

  it('counts a field the user focused by hand as seen', () => {
    expect(at({ opacity: 0.2, focusedByUser: true })).toBe(true);
  });
});

describe('what a step may ask', () => {
  it('a sign-in page asks for an e-mail only; registration and payment steps no passport or birth date', () => {
    expect(stepAsks('login', 'email')).toBe(true);
    expect(['passportNumber', 'birthDate', 'surname'].map((k) => stepAsks('login', k as never))).toEqual([false, false, false]);
    expect(['passportNumber', 'birthDay', 'surname'].map((k) => stepAsks('registration', k as never))).toEqual([false, false, true]);
    expect(stepAsks('applicant-details', 'passportNumber')).toBe(true);
    expect(stepAsks('appointment', 'birthDate')).toBe(true);
  });
});

describe('colourGap', () => {
  it('is the largest channel difference', () => {
    expect(colourGap([255, 255, 255], [250, 240, 255])).toBe(15);
    expect(colourGap([0, 0, 0, 1], [255, 255, 255])).toBe(255);
  });
});
