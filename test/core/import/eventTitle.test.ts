import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../electron/core/import/conferenceName';
import { eventNameIn } from '../../../electron/core/import/eventTitle';

/** Post titles in the shapes bloggers give them, in our own words. */
describe('the event a post title names', () => {
  it.each([
    ['Notes from Harbour Dev Days 2022', 'Harbour Dev Days 2022'],
    ['Trip report: Lakeside Summit 2021', 'Lakeside Summit 2021'],
    ['Harbour Dev Days 2022 - Day 2', 'Harbour Dev Days 2022'],
    ['Harbour Dev Days 2022 (2/3)', 'Harbour Dev Days 2022'],
    ['Crónicas de Jornadas Norte 2019 - Episodio II', 'Jornadas Norte 2019'],
    ['RiverConf 2018 - what a week it was!', 'RiverConf 2018'],
    ['Pixel Fest 4.0: there and back again', 'Pixel Fest 4.0'],
    ['Our team @ Coastal Code Camp 2020', 'Coastal Code Camp 2020'],
    ['Alpine Cloud Forum 2023に参加した', 'Alpine Cloud Forum 2023'],
    ['Tiny Blog | Northern Data Week 2017', 'Northern Data Week 2017'],
  ])('%s → %s', (title, event) => expect(eventNameIn(title)).toBe(event));

  it('keeps a name that itself holds a dash', () => {
    expect(eventNameIn('Makers of Things - Spring Congress 2021')).toBe(
      'Makers of Things - Spring Congress 2021',
    );
  });

  it('takes the post’s own heading out of its page title', () => {
    expect(
      conferenceName({
        postTitle: 'Field Notes of a Tinkerer: The Lantern Symposium 2016',
        pageHeading: 'The Lantern Symposium 2016',
      }),
    ).toEqual({ title: 'The Lantern Symposium 2016', year: 2016 });
  });

  it('never names a conference after a folder that only says where notes are kept', () => {
    expect(conferenceName({ path: '/home/ann/notes/readme.md' }).title).toBe('Imported notes');
    expect(conferenceName({ path: '/home/ann/riverconf-2019/readme.md' })).toEqual({
      title: 'Riverconf 2019',
      year: 2019,
    });
  });
});
