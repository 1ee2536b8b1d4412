import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../electron/core/import/buildPlan';
import type { PlannedConference } from '../../../electron/core/import/types';
import { sharedNotesDir } from '../../helpers/sharedFixtures';

/**
 * The three attendees' write-ups in ../shared/fixtures/notes, split the
 * way a person reading them lists the talks (read by hand, heading by
 * heading; sub-headings such as "Sidecar pattern" or "Play one: metaphors"
 * and quotes such as "Liz Fong-Jones: Not every experiment succeeds." are not talks).
 */
const NOTES = sharedNotesDir();

type Expected = Array<[title: string, speakers: string[], kind?: 'keynote']>;

const expected: Record<string, { title: string; talks: Expected }> = {
  'all-day-devops-2018.txt': {
    title: 'All Day DevOps 2018',
    talks: [
      ['Container security monitoring using open source', ['Madhu Akula (AppSecCo)']],
      ['7 Container design patterns you need to know', ['Christian Melendez (Equinix)']],
      [
        'How To Build An Effective Container-Based Local Development Environment',
        ['Martino Fornasa (Kiratech)'],
      ],
      [
        'DevSecOps Toolchain: Blocking Dangerous Containers',
        ['Siamak Sadeghianfar (Red Hat)', 'Georgios Kryparos (Tink)'],
      ],
      [
        'Zero Gain vs. Zero Loss: Practical Tales of Enterprise Decision-Making',
        ['Amélie Koran (HHS)'],
      ],
      [
        'Monitoring the easy way',
        ['Daniel Barker (National Association of Insurance Commissioners)'],
      ],
      ['Getting started with chaos engineering', ['Ana Medina (Gremlin)']],
      ['What is SRE and why every DevOps professional should care', ['Dave Rensin (Google)']],
      ['DevSecOps - securing a great developer experience', ['Stefan Streichsbier (GuardRails)']],
    ],
  },
  'all-day-devops-2019.txt': {
    title: 'All Day DevOps 2019',
    talks: [
      ['#adidoescode Where DevOps Meets The Sporting Goods Industry', ['Fernando Cornago']],
      ['Multi Cloud “day-to-day” DevOps Power Tools', ['Ronen Freeman']],
      [
        'How to Run Smarter in Production: Getting Started with Site Reliability Engineering',
        ['Jennifer Petoff'],
      ],
      ['Everybody Gets A Staging Environment!', ['Yaron Idan']],
      ['DevOps to the Next Level with Serverless ChatOps', ['Jan de Vries']],
      ['Building Modular Infrastructure in Code', ['Fergal Dearle']],
      ['Crossing The River By Feeling The Stones', ['Simon Wardley']],
      ['Deploying Microservices to AWS Fargate', ['Ariane Gadd']],
      ['Automate Everyday Tasks with Functions', ['Sean O’Dell']],
      ['Beyond dev & ops', ['Patrick Debois']],
      ['The Open Source Observability Toolkit', ['Mickey Boxell']],
    ],
  },
  'all-day-devops-2021.txt': {
    title: 'All Day DevOps 2021',
    talks: [
      ['CAMS Then and Now and the Path Forward', ['Thomas “VikingOps” Krag'], 'keynote'],
      ['Gamification of Chaos Testing', ['Bram Vogelaar']],
      ['Watch Your Wallet! Cost Optimizations in AWS', ['Renato Losio']],
      [
        'Call for Code with The Linux Foundation: Contributing to Tech-for-Good Even if You’re Not Techincal',
        ['Daniel Krook', 'Demi Ajayi'],
        'keynote',
      ],
      ['DevSecOps Culture: Laughing Through the Failures', ['Chris Romeo']],
      [
        'Managing Risk with Service Level Objectives and Chaos Engineering',
        ['Liz Fong-Jones'],
        'keynote',
      ],
      ['Common Pitfalls of Infrastructure as Code (And how to avoid them!)', ['Tim Davis']],
    ],
  },
};

function listed(conference: PlannedConference): Expected {
  return conference.talks.map((talk) => {
    const speakers = talk.speakers.map((s) =>
      s.affiliation ? `${s.name} (${s.affiliation})` : s.name,
    );
    return talk.kind === 'keynote' ? [talk.title, speakers, 'keynote'] : [talk.title, speakers];
  });
}

describe('the three plain-text fixtures', () => {
  it.each(Object.entries(expected))(
    '%s splits into the talks a reader lists',
    async (file, want) => {
      const plan = await buildPlan([join(NOTES, file)]);
      expect(plan.skipped).toEqual([]);
      expect(plan.conferences).toHaveLength(1);
      const [conference] = plan.conferences;
      expect(conference.title).toBe(want.title);
      expect(conference.talks).toHaveLength(want.talks.length);
      expect(listed(conference)).toEqual(want.talks);
    },
  );

  it('imports the whole folder as three conferences with 27 talks', async () => {
    const plan = await buildPlan([NOTES]);
    expect(plan.conferences.map((c) => [c.title, c.talks.length])).toEqual([
      ['All Day DevOps 2018', 9],
      ['All Day DevOps 2019', 11],
      ['All Day DevOps 2021', 7],
    ]);
  });

  it('keeps the text before the first talk as general notes, without the copied table of contents', async () => {
    const plan = await buildPlan([join(NOTES, 'all-day-devops-2018.txt')]);
    const body = plan.conferences[0].body;
    expect(body).toContain('All Day DevOps is a 24 hours long, online conference');
    expect(body).toContain('Note: these are my notes.');
    expect(body).not.toContain('Table of Contents');
    expect(body).not.toContain('Madhu');
  });

  it('keeps sub-headings, nested bullets, numbered lists and attributed quotes inside their talk', async () => {
    const plan = await buildPlan([join(NOTES, 'all-day-devops-2018.txt')]);
    const talks = plan.conferences[0].talks;
    const patterns = talks[1].body;
    expect(patterns).toContain('## Sidecar pattern\n');
    expect(patterns).toContain('- Co-schedule the sidecar in the same node');
    const sre = talks[7].body;
    expect(sre).toContain(
      '1. Define SLIs, SLOs and error budgets\n2. Audit and adjust monitoring and alerting',
    );
    const devsecops = talks[8].body;
    expect(devsecops).toContain(
      '> In the future every company will become a software company\n>\n> — Marc Andreessen',
    );
    expect(devsecops).toContain('- Signal vs noise\n  - Security tools should not add more noise.');
    // The next talk starts where the previous one ends: nothing is lost between them.
    expect(talks[0].body).toContain('You can even create an automated defence');
    expect(talks[0].body).not.toContain('Most of your problems are not unique');
  });

  it('keeps "Play one: metaphors" and a quoted "Liz Fong-Jones: …" inside their talks', async () => {
    const plan2018 = await buildPlan([join(NOTES, 'all-day-devops-2018.txt')]);
    expect(plan2018.conferences[0].talks[4].body).toContain('## Play one: metaphors');
    const plan2021 = await buildPlan([join(NOTES, 'all-day-devops-2021.txt')]);
    const liz = plan2021.conferences[0].talks[5];
    expect(liz.body).toContain('Liz Fong-Jones: Not every experiment succeeds.');
    expect(liz.body).toContain('## Fast and reliable: pick both!');
    expect(plan2021.conferences[0].talks[2].body).toContain('>\n> — Anna Matlin, Airbnb');
  });
});
