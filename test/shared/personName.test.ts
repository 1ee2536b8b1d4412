import { describe, expect, it } from 'vitest';
import { isPersonName, looksLikeGivenName } from '../../shared/personName';
import { parseSpeakerList } from '../../shared/speakers';

describe('what reads as a person’s name', () => {
  it.each([
    'Jane Doe',
    'Jan de Vries',
    'Gustavo De Micheli',
    'José PAUMARD',
    'A. Scherbaum',
    'James B',
    'Deepu K Sasidharan',
    'Sean O’Dell',
    'Stéphane Épardaud',
    'Dr. Richard Cook',
    'Thomas “VikingOps” Krag',
    'Paolo De Santis',
    'Van Morrison',
  ])('%s is a name', (name) => expect(isPersonName(name)).toBe(true));

  it.each([
    'Datadog',
    'Lightning Talks',
    'The Hard Parts',
    'Day 2',
    'Samstag Vormittag',
    'Jane Doe.',
    'talked about things',
    'Eine Brücke für freie Information',
    'Le Craft',
    'la Nube Privada',
    'De Facto Standards',
  ])('%s is not', (text) => expect(isPersonName(text)).toBe(false));

  it('takes lower-case and CJK names only where the text says they are names', () => {
    expect(isPersonName('thomas fan')).toBe(false);
    expect(looksLikeGivenName('thomas fan')).toBe(true);
    expect(looksLikeGivenName('佐藤 花子')).toBe(true);
    expect(looksLikeGivenName('"the cost of a network"')).toBe(false);
  });

  it('strict lists: all names or none, a company at the end is an affiliation', () => {
    expect(parseSpeakerList('Ian Coldwater, Duffie Cooley, Datadog', { strict: true })).toEqual([
      { name: 'Ian Coldwater' },
      { name: 'Duffie Cooley', affiliation: 'Datadog' },
    ]);
    expect(parseSpeakerList('James B from Coiled', { strict: true })).toEqual([
      { name: 'James B', affiliation: 'Coiled' },
    ]);
    expect(parseSpeakerList('patterns, ideas, do’s', { strict: true })).toEqual([]);
    // How to reach someone is not part of their name.
    expect(parseSpeakerList('Ana Ruiz (@anaruiz), Bo Lind @bolind', { strict: true })).toEqual([
      { name: 'Ana Ruiz' },
      { name: 'Bo Lind' },
    ]);
    expect(parseSpeakerList('Ana Ruiz - https://ana.example', { strict: true })).toEqual([
      { name: 'Ana Ruiz' },
    ]);
    // Lenient: what a person typed into a speakers field is names.
    expect(parseSpeakerList('ann poe & Bo').map((s) => s.name)).toEqual(['ann poe', 'Bo']);
  });
});
