import { describe, expect, it } from 'vitest';
import {
  complaintDeadlines,
  complaintNumber,
  complaintStatusAfter,
  daysUntil,
  nextWorkingDay,
} from './index.js';

describe('complaintDeadlines', () => {
  it('counts calendar days from the day after receipt: 8 to answer, 15 to resolve', () => {
    // Monday 2026-12-07: +8 is Tuesday 12-15, +15 is Tuesday 12-22
    expect(complaintDeadlines('2026-12-07')).toEqual({
      answerDue: '2026-12-15',
      resolutionDue: '2026-12-22',
    });
  });

  it('moves a deadline that ends on a weekend to the Monday after', () => {
    // Friday 2026-12-04: +8 is Saturday 12-12 -> Monday 12-14; +15 is Saturday 12-19 -> Monday 12-21
    expect(complaintDeadlines('2026-12-04')).toEqual({
      answerDue: '2026-12-14',
      resolutionDue: '2026-12-21',
    });
    // Saturday 2026-12-05: +8 is Sunday 12-13 -> Monday 12-14
    expect(complaintDeadlines('2026-12-05').answerDue).toBe('2026-12-14');
  });

  it('crosses months and years', () => {
    // Thursday 2026-12-24: +8 is Friday 2027-01-01; +15 is Friday 2027-01-08
    expect(complaintDeadlines('2026-12-24')).toEqual({
      answerDue: '2027-01-01',
      resolutionDue: '2027-01-08',
    });
    // 2028 is a leap year: Tuesday 02-22 + 8 = Wednesday 03-01
    expect(complaintDeadlines('2028-02-22').answerDue).toBe('2028-03-01');
  });

  it('takes other day counts', () => {
    expect(complaintDeadlines('2026-12-07', { answerDays: 3, resolutionDays: 30 })).toEqual({
      answerDue: '2026-12-10',
      resolutionDue: '2027-01-06',
    });
  });
});

describe('nextWorkingDay and daysUntil', () => {
  it('keeps weekdays and moves weekends', () => {
    expect(nextWorkingDay('2026-12-11')).toBe('2026-12-11'); // Friday
    expect(nextWorkingDay('2026-12-12')).toBe('2026-12-14');
    expect(nextWorkingDay('2026-12-13')).toBe('2026-12-14');
  });

  it('is 0 on the last day and negative after it', () => {
    expect(daysUntil('2026-12-15', '2026-12-07')).toBe(8);
    expect(daysUntil('2026-12-15', '2026-12-15')).toBe(0);
    expect(daysUntil('2026-12-15', '2026-12-16')).toBe(-1);
  });
});

describe('complaintStatusAfter', () => {
  it('follows received, in review, answered, closed', () => {
    expect(complaintStatusAfter('RECEIVED', 'review')).toBe('IN_REVIEW');
    expect(complaintStatusAfter('IN_REVIEW', 'answer')).toBe('ANSWERED');
    expect(complaintStatusAfter('ANSWERED', 'close')).toBe('CLOSED');
  });

  it('keeps a complaint in review while staff wait for more, and a reply reopens an answer', () => {
    expect(complaintStatusAfter('RECEIVED', 'requestInfo')).toBe('IN_REVIEW');
    expect(complaintStatusAfter('IN_REVIEW', 'reply')).toBe('IN_REVIEW');
    expect(complaintStatusAfter('ANSWERED', 'reply')).toBe('IN_REVIEW');
  });

  it('refuses every step on a closed complaint and a second answer', () => {
    for (const step of ['review', 'requestInfo', 'reply', 'answer', 'close'] as const)
      expect(complaintStatusAfter('CLOSED', step)).toBeNull();
    expect(complaintStatusAfter('ANSWERED', 'answer')).toBeNull();
    expect(complaintStatusAfter('IN_REVIEW', 'review')).toBeNull();
  });
});

describe('complaintNumber', () => {
  it('pads to six digits', () => {
    expect(complaintNumber(123)).toBe('P-000123');
    expect(complaintNumber(1234567)).toBe('P-1234567');
  });
});
