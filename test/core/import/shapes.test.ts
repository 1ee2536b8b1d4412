import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../electron/core/import/buildPlan';
import { FIXTURES } from './importHelpers';

/**
 * Write-ups in shapes and languages the shared corpus lacks, in our own words
 * (test/fixtures/import/shapes): the reader's rules must hold on them too.
 */
const SHAPES = join(FIXTURES, 'shapes');

async function read(file: string) {
  const plan = await buildPlan([join(SHAPES, file)]);
  expect(plan.skipped).toEqual([]);
  expect(plan.conferences).toHaveLength(1);
  const [conference] = plan.conferences;
  return {
    conference: [conference.title, conference.meta.starts?.slice(0, 4), conference.reading?.chosen],
    talks: conference.talks.map((t) => [t.title, t.speakers.map((s) => s.name)]),
  };
}

describe('write-ups the corpus lacks', () => {
  it('Spanish: bold lines with "por", a blog title around the conference, a to-do section', async () => {
    expect(await read('jornadas-bold.md')).toEqual({
      conference: ['Jornadas Cloud Sevilla 2022', '2022', 'bold-lines'],
      talks: [
        ['Contenedores sin drama', ['Lucía Romero']],
        ['Observabilidad para equipos pequeños', ['Andrés Molina', 'Carmen Vidal']],
        ['Seguridad en la cadena de suministro', ['Diego Herrera']],
      ],
    });
  });

  it('German: linked list items with "von" after the link; a table of contents and a lunch break are not talks', async () => {
    expect(await read('fachtag-liste.md')).toEqual({
      conference: ['Fachtag Datenbanken Leipzig 2020', '2020', 'list-items'],
      talks: [
        ['Indizes richtig wählen', ['Katrin Vogel']],
        ['Replikation ohne Angst', ['Jonas Keller']],
        ['Zeitreihen im Griff', ['Miriam Sommer']],
      ],
    });
  });

  it('Japanese: headings with a 登壇者 line under them; 目次 and まとめ are sections', async () => {
    expect(await read('benkyoukai.md')).toEqual({
      conference: ['フロントエンド勉強会 2021', '2021', 'heading-2'],
      talks: [
        ['アクセシビリティ入門', ['佐藤 花子']],
        ['型で守るフォーム', ['鈴木 一郎']],
      ],
    });
  });

  it('Italian: setext headings, the speaker alone in italics on the next line', async () => {
    expect(await read('italian-next-line.md')).toEqual({
      conference: ['Giornata Python Torino 2019', '2019', 'heading-2'],
      talks: [
        ['Pandas senza paura', ['Giulia Ferri']],
        ['Testare il codice scientifico', ['Marco Bianchi']],
      ],
    });
  });

  it('HTML: track sections, "Title, Speaker" headings, the page title less the blog name, a to-watch list', async () => {
    expect(await read('summit-page.html')).toEqual({
      conference: ['Edge Summit 2024', '2024', 'heading-3'],
      talks: [
        ['Caching at the edge', ['Nadia Haddad']],
        ['WebAssembly on the CDN', ['Oskar Lind']],
        ['Routing by latency', ['Priya Raman']],
      ],
    });
  });

  it('French plain text: short lines followed by a video line', async () => {
    expect(await read('video-lines.txt')).toEqual({
      conference: ['DevRel Day Lyon 2023', '2023', 'heading-3'],
      talks: [
        ['Raconter une API avec des exemples', []],
        ['Mesurer une communauté sans se mentir', []],
      ],
    });
  });

  it('a line repeated under every talk ("Attendees") labels a part of each talk; handles and struck-out names are not speakers', async () => {
    expect(await read('team-notes.md')).toEqual({
      conference: ['Harbour Cloud Days 2022', '2022', 'heading-3'],
      talks: [
        ['Queues that never lose a message', ['Tomás Ferreira']],
        ['Small teams, big systems', ['Marta Lobo']],
        ['Tracing without tears', ['Pedro Alves']],
      ],
    });
  });

  it('a heading that is only the event’s initials introduces it; it is not a talk', async () => {
    expect(await read('acronym-intro.md')).toEqual({
      conference: ['Nordic Frontend Conference 2020', '2020', 'heading-2'],
      talks: [
        ['Design tokens in practice', ['Henrik Aalto']],
        ['Shipping less JavaScript', ['Elin Strand']],
      ],
    });
  });

  it('a colon title is whole when a sub-heading under it names the speaker', async () => {
    expect(await read('colon-titles.md')).toEqual({
      conference: ['Lakeside Rust Day 2021', '2021', 'heading-2'],
      talks: [
        ['Polyglot Builds: Why and How', ['Ines Duarte']],
        ['Memory Safety: Beyond the Borrow Checker', ['Rui Campos']],
        ['Async Runtimes Compared', ['Sofia Neves']],
      ],
    });
  });

  it('a folder of one-talk notes: its README is the conference notes, each note names its talk by what it opens with', async () => {
    const plan = await buildPlan([join(SHAPES, 'harbour-summit-2019')]);
    expect(plan.conferences).toHaveLength(1);
    const [conference] = plan.conferences;
    expect([conference.title, conference.meta.starts?.slice(0, 4)]).toEqual([
      'Harbour Summit 2019',
      '2019',
    ]);
    expect(conference.body).toContain('Two days by the water.');
    expect(
      conference.talks.map((t) => [t.title, t.speakers.map((s) => [s.name, s.affiliation])]),
    ).toEqual([
      // Later headings of the opening heading's level carry nothing of a talk: they are its sections.
      ['Queues that never lose a message', [['Tomás Ferreira', undefined]]],
      // A first line that is only a person names the speaker; the line after it, the talk.
      ['Tracing without tears', [['Pedro Alves', 'Lumen']]],
      // A short first line alone is the title; the person under it, the speaker.
      ['Small teams, big systems', [['Marta Lobo', undefined]]],
    ]);
  });

  it('linked headings "Title by Name": once one name reads as a person, the document’s "by" names the others', async () => {
    expect(await read('linked-by.md')).toEqual({
      conference: ['フロントエンド夜会2022', '2022', 'heading-3'],
      talks: [
        ['長く使えるフォームの作り方', ['山田 太郎']],
        ['Design systems at scale', ['Sara Lindqvist']],
        ['CSS の新機能、全部見せます', ['ぴよ']],
      ],
    });
  });

  it('a saved blog page: the site’s menus, sidebars and footer are not talks; one-item bold lists before a video are, with the names that open their notes', async () => {
    expect(await read('bold-items-page.html')).toEqual({
      conference: ['Tidewater Functional Day 2021', '2021', 'bold-lines'],
      talks: [
        ['Folding the world, one list at a time', ['Hanna Berglund']],
        ['Effects Without Tears: A Gentle Tour', ['Oskar Lind', 'Maja Holm']],
        ['Types that remember where they came from', ['Elsa Nyberg']],
      ],
    });
  });

  it('list items opening with a link to a person, then the title up to its first full stop', async () => {
    expect(await read('linked-speakers-page.html')).toEqual({
      conference: ['Northern Lights Conf 2015', '2015', 'list-items'],
      talks: [
        ['Compilers for the Rest of Us', ['Aino Virtanen']],
        ['Latency Is a Feature', ['Lars Eriksen']],
        ['Teaching Programming to Adults', ['Mette Dahl']],
      ],
    });
  });

  it('headings after a spacing <br/> are still headings; a contents list of in-page links and a label set at the wrong level are not talks', async () => {
    expect(await read('spaced-days.md')).toEqual({
      conference: ['Riverside Data Days 2018', '2018', 'heading-3'],
      talks: [
        ['Streams without state', ['Karin Holt']],
        ['Sketches for counting', ['Omar Reyes']],
        ['Notebooks in production', ['Lea Brandt']],
      ],
    });
  });

  it('prose naming its talks as quoted links, again and again: each is a talk, its speakers the plain names beside it', async () => {
    expect(await read('retro-prose.md')).toEqual({
      conference: ['Hafenkonferenz 2022', '2022', 'sentences'],
      talks: [
        ['Typen für alle', ['Klara Berg']],
        ['Parser ohne Schmerzen', ['Jonas Weber', 'Emma Roth']],
        ['Property-Tests in der Praxis', ['Paul Lang']],
        ['Daten, die bleiben', ['Mia Schulz']],
      ],
    });
  });

  it('headings without speakers: the people the first lines of the notes link to are the speakers', async () => {
    expect(await read('linked-people.md')).toEqual({
      conference: ['Journées Web de Lyon 2021', '2021', 'heading-2'],
      talks: [
        ['Le design system, cinq ans après', ['Claire Morel', 'Hugo Benard']],
        ['Observer sans tout mesurer', ['Lina Faure']],
        ['Tester le réseau', ['Noé Garnier']],
      ],
    });
  });

  it('a heading above the talks’ level that names a person and holds no talk is a talk too', async () => {
    expect(await read('one-more-talk.md')).toEqual({
      conference: ['Baltic Systems Week 2023', '2023', 'heading-3'],
      talks: [
        ['Caches that tell the truth', ['Ieva Kalnina']],
        ['Shipping on Fridays', ['Tomas Vaitkus']],
        ['One more talk: Ageing codebases', ['Rasa Petraitis']],
      ],
    });
  });
});
