import { describe, expect, it } from 'vitest';
import { parseTalkHeading } from '../../../electron/core/import/talkHeading';
import { parseTalkLine } from '../../../electron/core/import/talkLine';
import { parseSpeaker } from '../../../shared/speakers';

describe('parseTalkHeading', () => {
  const talks = [
    {
      line: 'Gamification of Chaos Testing — Bram Vogelaar',
      title: 'Gamification of Chaos Testing',
      speakers: [{ name: 'Bram Vogelaar' }],
      kind: 'talk',
    },
    {
      line: 'Container security monitoring using open source — Madhu Akula (AppSecCo)',
      title: 'Container security monitoring using open source',
      speakers: [{ name: 'Madhu Akula', affiliation: 'AppSecCo' }],
      kind: 'talk',
    },
    {
      line: 'DevSecOps Toolchain: Blocking Dangerous Containers — Siamak Sadeghianfar (Red Hat) & Georgios Kryparos (Tink)',
      title: 'DevSecOps Toolchain: Blocking Dangerous Containers',
      speakers: [
        { name: 'Siamak Sadeghianfar', affiliation: 'Red Hat' },
        { name: 'Georgios Kryparos', affiliation: 'Tink' },
      ],
      kind: 'talk',
    },
    {
      line: 'Keynote: Call for Code with The Linux Foundation: Contributing — Daniel Krook and Demi Ajayi',
      title: 'Call for Code with The Linux Foundation: Contributing',
      speakers: [{ name: 'Daniel Krook' }, { name: 'Demi Ajayi' }],
      kind: 'keynote',
    },
    {
      line: 'DevSecOps - securing a great developer experience — Stefan Streichsbier (GuardRails)',
      title: 'DevSecOps - securing a great developer experience',
      speakers: [{ name: 'Stefan Streichsbier', affiliation: 'GuardRails' }],
      kind: 'talk',
    },
    {
      line: 'Serverless in practice - Jan de Vries',
      title: 'Serverless in practice',
      speakers: [{ name: 'Jan de Vries' }],
      kind: 'talk',
    },
    {
      line: 'Automate Everyday Tasks with Functions – Sean O’Dell',
      title: 'Automate Everyday Tasks with Functions',
      speakers: [{ name: 'Sean O’Dell' }],
      kind: 'talk',
    },
    {
      line: 'Keynote: CAMS Then and Now and the Path Forward — Thomas “VikingOps” Krag',
      title: 'CAMS Then and Now and the Path Forward',
      speakers: [{ name: 'Thomas “VikingOps” Krag' }],
      kind: 'keynote',
    },
    {
      line: 'Workshop: Terraform from zero — Ana Medina, Liz Fong-Jones and Tim Davis',
      title: 'Terraform from zero',
      speakers: [{ name: 'Ana Medina' }, { name: 'Liz Fong-Jones' }, { name: 'Tim Davis' }],
      kind: 'workshop',
    },
  ] as const;

  it.each(talks)('reads "$line"', ({ line, title, speakers, kind }) => {
    expect(parseTalkHeading(line, 'dash')).toEqual({ title, speakers, kind });
  });

  it('reads "Speaker: Title" only in the colon style', () => {
    expect(parseTalkHeading('John Willis: The Deming Journey', 'colon')).toEqual({
      title: 'The Deming Journey',
      speakers: [{ name: 'John Willis' }],
      kind: 'talk',
    });
    expect(parseTalkHeading('John Willis: The Deming Journey', 'dash')).toBeNull();
  });

  const notTalks = [
    'Separate concerns — the container only has one responsibility',
    '—Marc Andreessen',
    '—Anna Matlin, Airbnb',
    'Some definitions:',
    'Sidecar pattern',
    'Do you know what pair programming is? Well, mob programming is a whole other level of collaborating—it has a lot of patterns going on.',
    'Day 1 - Morning',
    'Costs — 20% less',
  ];
  it.each(notTalks)('leaves "%s" alone in the dash style', (line) => {
    expect(parseTalkHeading(line, 'dash')).toBeNull();
  });

  it.each([
    'Play one: metaphors',
    'Liz Fong-Jones: Not every experiment succeeds. But you can mitigate the risks.',
    'Static stack inputs: environment names, app names.',
    'Keynote: Opening',
    'Resources (books):',
  ])('leaves "%s" alone in the colon style', (line) => {
    expect(parseTalkHeading(line, 'colon')).toBeNull();
  });
});

describe('parseSpeaker, strict', () => {
  it.each([
    ['Jane Doe from Acme', { name: 'Jane Doe', affiliation: 'Acme' }],
    ['Jane Doe - from Acme Corp', { name: 'Jane Doe', affiliation: 'Acme Corp' }],
    ['Jane Doe @ Acme', { name: 'Jane Doe', affiliation: 'Acme' }],
    ['Jane Doe,', { name: 'Jane Doe' }],
  ])('reads "%s" as a person and where they work', (text, speaker) => {
    expect(parseSpeaker(text, { strict: true })).toEqual(speaker);
  });

  it('does not take a long clause after "at" for an affiliation', () => {
    expect(
      parseSpeaker('Jane Doe at The Front Of The Big Hall Again', { strict: true }),
    ).toBeUndefined();
  });
});

describe('parseTalkLine', () => {
  it('reads a line that is only a person and their company as speakers without a title', () => {
    expect(parseTalkLine('Pedro Alves - from Lumen')).toMatchObject({
      title: '',
      speakers: [{ name: 'Pedro Alves', affiliation: 'Lumen' }],
    });
  });

  it('keeps the whole line of a colon split, for a name given below to override', () => {
    expect(parseTalkLine('Polyglot Builds: Why and How')).toMatchObject({
      whole: 'Polyglot Builds: Why and How',
    });
    expect(parseTalkLine('Polyglot Builds - Jane Doe').whole).toBeUndefined();
  });
});

describe('parseTalkLine, a person and a company after the title', () => {
  it('reads "Title - Speaker - Company" with the company as the affiliation', () => {
    expect(parseTalkLine('t-digest - Jane Doe - Acme technologies')).toMatchObject({
      title: 't-digest',
      speakers: [{ name: 'Jane Doe', affiliation: 'Acme technologies' }],
    });
  });

  it('keeps a subtitle when the last part is the person', () => {
    expect(parseTalkLine('Java Futures -- All Aboard Project Amber - Jane Doe')).toMatchObject({
      title: 'Java Futures -- All Aboard Project Amber',
      speakers: [{ name: 'Jane Doe' }],
    });
  });
});
