import { describe, expect, it } from 'vitest';
import { kindFromType } from '../../../shared/schedule/kind';
import { parseSpeakerList, splitTitleAndSpeakers } from '../../../shared/speakers';

describe('kinds from schedule types', () => {
  it.each([
    ['Keynote', 'keynote'],
    ['Lightning Talk', 'lightning'],
    ['Hands-on Workshop', 'workshop'],
    ['Tutorial', 'workshop'],
    ['Panel discussion', 'panel'],
    ['BoF', 'open-space'],
    ['Open Space', 'open-space'],
    ['lecture', 'talk'],
    ['Vortrag', 'talk'],
    ['Lunch', 'other'],
    ['Something new', 'talk'],
    [undefined, 'talk'],
  ] as const)('%s → %s', (type, kind) => {
    expect(kindFromType(type)).toBe(kind);
  });

  it('does not take "Breaking" for a break', () => {
    expect(kindFromType('Breaking the monolith')).toBe('talk');
  });
});

describe('speakers', () => {
  it('splits "Title — Speaker" on em and en dashes, not on hyphens', () => {
    expect(splitTitleAndSpeakers('Zero-downtime deploys — Jane Doe (Acme, Inc)')).toEqual({
      title: 'Zero-downtime deploys',
      speakers: [{ name: 'Jane Doe', affiliation: 'Acme, Inc' }],
    });
    expect(splitTitleAndSpeakers('Chaos – Ana Medina & Tammy Bütow').speakers).toEqual([
      { name: 'Ana Medina' },
      { name: 'Tammy Bütow' },
    ]);
    expect(splitTitleAndSpeakers('Serverless - a primer')).toEqual({
      title: 'Serverless - a primer',
      speakers: [],
    });
  });

  it('reads lists with commas, ampersands and "and"', () => {
    expect(parseSpeakerList('A One, B Two and C Three').map((s) => s.name)).toEqual([
      'A One',
      'B Two',
      'C Three',
    ]);
  });
});
