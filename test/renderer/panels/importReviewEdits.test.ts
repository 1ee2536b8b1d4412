import { describe, expect, it } from 'vitest';
import {
  withConferenceEdit,
  withMarker,
  withTalkEdit,
} from '../../../renderer/panels/importReviewEdits';

describe('the import review’s edits', () => {
  it('keeps one edit per talk and per conference, the latest patch winning', () => {
    let review = withTalkEdit({}, '/a.md#x', { title: 'One' });
    review = withTalkEdit(review, '/a.md#x', { speakers: 'Ann Poe' });
    review = withConferenceEdit(review, '/a.md', { year: 2020 });
    review = withConferenceEdit(review, '/a.md', { title: 'A 2020' });
    expect(review).toEqual({
      talks: [{ source: '/a.md#x', title: 'One', speakers: 'Ann Poe' }],
      conferences: [{ source: '/a.md', year: 2020, title: 'A 2020' }],
    });
  });

  it('drops the corrections of a post’s old talks when the post is read with another marker', () => {
    let review = withTalkEdit({}, '/a.md#x', { mergeWithPrevious: true });
    review = withTalkEdit(review, '/b.md#y', { title: 'Kept' });
    review = withTalkEdit(review, '/a.md', { title: 'The post as one talk' });
    expect(withMarker(review, '/a.md', 'heading-4')).toEqual({
      markers: { '/a.md': 'heading-4' },
      talks: [{ source: '/b.md#y', title: 'Kept' }],
    });
  });
});
