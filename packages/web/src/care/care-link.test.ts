import { urgencyIds } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { careLink, needOf } from './care-link.js';

describe('care links', () => {
  it('carry the urgency to Find care and back', () => {
    for (const u of urgencyIds) {
      const query = careLink(u).split('?')[1];
      expect(needOf(new URLSearchParams(query), urgencyIds)).toBe(u);
    }
  });

  it('ignore an unknown need', () => {
    expect(needOf(new URLSearchParams('need=panic'), urgencyIds)).toBeUndefined();
    expect(needOf(new URLSearchParams(''), urgencyIds)).toBeUndefined();
  });
});
