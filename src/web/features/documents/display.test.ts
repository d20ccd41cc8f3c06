import { describe, expect, it } from 'vitest';
import { formatFileSize, formatLongDate, splitSnippet } from './display.ts';

describe('search snippets', () => {
  it('turns the « » marks of the server into highlighted parts', () => {
    expect(splitSnippet('Les travaux d’«étanchéité» de la «toiture» sont votés')).toEqual([
      { text: 'Les travaux d’', matched: false },
      { text: 'étanchéité', matched: true },
      { text: ' de la ', matched: false },
      { text: 'toiture', matched: true },
      { text: ' sont votés', matched: false },
    ]);
  });

  it('keeps markup in the text as text (never HTML)', () => {
    expect(splitSnippet('<b>«ravalement»</b>')).toEqual([
      { text: '<b>', matched: false },
      { text: 'ravalement', matched: true },
      { text: '</b>', matched: false },
    ]);
  });

  it('highlights to the end when the excerpt cut the closing mark, and keeps a lone »', () => {
    expect(splitSnippet('début «coupé')).toEqual([
      { text: 'début ', matched: false },
      { text: 'coupé', matched: true },
    ]);
    expect(splitSnippet('un » seul')).toEqual([{ text: 'un » seul', matched: false }]);
    expect(splitSnippet('')).toEqual([]);
  });
});

describe('file facts', () => {
  it('speaks French sizes', () => {
    expect(formatFileSize(200)).toBe('1 Ko');
    expect(formatFileSize(2048)).toBe('2 Ko');
    expect(formatFileSize(1_363_149)).toBe('1,3 Mo');
  });

  it('dates a publication in Paris time', () => {
    expect(formatLongDate('2026-06-11T22:30:00Z')).toBe('12 juin 2026');
  });
});
