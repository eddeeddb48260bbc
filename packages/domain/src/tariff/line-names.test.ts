import { describe, expect, it } from 'vitest';
import { englishLineKindName, englishZoneNames } from './line-names.js';

describe('English names of bill lines', () => {
  it('names a known kind and nothing else, not even an inherited property', () => {
    expect(englishLineKindName('distribution_access')).toBe('Distribution system access');
    expect(englishLineKindName('something_new')).toBeUndefined();
    expect(englishLineKindName('toString')).toBeUndefined();
  });

  it('names zones and bands in running text', () => {
    expect(englishZoneNames.green).toBe('green zone');
    expect(englishZoneNames.band_ii).toBe('band II');
  });
});
