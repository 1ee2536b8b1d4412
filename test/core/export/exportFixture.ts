import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportRequestInput } from '../../../shared/ipc/export';
import { ExportRequestSchema } from '../../../shared/ipc/export';
import { ExportService } from '../../../electron/core/export/exportService';
import { FileLibrary } from '../../../electron/core/library/fileLibrary';
import { fakePng } from '../../helpers/images';

/**
 * A small real library on disk, written through FileLibrary, with notes in
 * the style of the attendees' write-ups in shared/fixtures/notes (curly
 * quotes, em dashes, lists, quotes, tables, slides as images).
 */
export const CAMS_NOTES = `When people think about DevOps, they think of **CAMS**, which stands for:

- Culture
- Automation
- Measurement
- Sharing

The term CAMS was formalized by John Willis in [What Devops Means to Me][1].

# Culture

> A group of people with a common set of values and beliefs. When we’re surrounded by people who believe what we believe something remarkable happens. Trust emerges.
> —Simon Sinek

![Thomas Krag talks about organizational learning](<assets/Thomas Krag slide.png>)

## Measurement

| Metric | Meaning |
| --- | --- |
| deployment frequency | how often do you release to production |
| lead time for changes | time for a change to get into *production* |

Ratios like 5*3 and a literal \\*star\\* stay literal; so do snake_case_names and C:\\\\path.

1. 1st way: create flow (systems thinking)
2. 2nd way: feedback loops

###### Deepest note

\`\`\`yaml
on: push
\`\`\`

[1]: https://www.chef.io/blog/what-devops-means-to-me "What DevOps means"
`;

export const CHAOS_NOTES = `We think of Usain Bolt as the record breaking athlete, but he’s also the person that worked really hard to get there.

## Game days

![First slide](assets/slide.png)

![Old slide](assets/2019/slide.png)

![Chaos Monkey][1]

See the [docs][1] and ~~nothing else~~.

- [x] run a game day
- [ ] break production

![Lost slide](assets/missing%20slide.png)

[1]: assets/Chaos%20Monkey.png
`;

export const INTRO_NOTES = `All Day DevOps, the free online DevOps conference that goes on for 24 hours, was held for the 6th time today.

![Derek Weeks opening the day](assets/derek-weeks.png)
`;

/** Notes quoting Hugo in prose and in code, as an attendee of a Hugo talk writes them. */
export const SHORTCODE_NOTES = `The demo embedded a talk with {{< youtube dQw4w9WgXcQ >}} and a callout:

{{% note %}}
Shortcodes with **Markdown** inside.
{{% /note %}}

Inline code: \`{{< figure src="/a.png" title="A > B" >}}\`.

\`\`\`go-html-template
{{< highlight go "linenos=table" >}}
fmt.Println("hi")
{{< /highlight >}}
\`\`\`

The docs write it escaped: \`{{</* gist spf13 7896402 */>}}\`, or {{%/* param x */%}} in prose.
`;

export interface ExportFixture {
  base: string;
  library: FileLibrary;
  exporter: ExportService;
  conferenceId: string;
  folder: string;
  camsId: string;
  chaosId: string;
  /** Replaces a talk's notes (`body` may derive them from the current ones). */
  setNotes(talkId: string, body: string | ((current: string) => string)): Promise<void>;
  /** Builds a validated request the way the IPC layer and the CLI do. */
  request(input: ExportRequestInput): ReturnType<typeof ExportRequestSchema.parse>;
  /** Exports the conference (as one post, or a folder of talks) into `base/<flavor>-<folder>`. */
  exportConference(
    flavor: 'hugo' | 'jekyll' | 'obsidian' | 'plain',
    folder: boolean,
  ): Promise<{ out: string; paths: string[] }>;
  cleanup(): Promise<void>;
}

export async function makeFixture(): Promise<ExportFixture> {
  const base = await mkdtemp(join(tmpdir(), 'confnotes-export-'));
  const library = await FileLibrary.open(join(base, 'library'), {
    clock: () => new Date('2021-10-28T08:00:00Z'),
  });
  const conference = await library.createConference(
    { title: 'All Day DevOps 2021', starts: '2021-10-28', ends: '2021-10-28', tags: ['devops'] },
    INTRO_NOTES,
  );
  // Created first but scheduled later: the export must follow time, not creation order.
  const chaos = await library.createTalk(
    conference.id,
    {
      title: 'Gamification of Chaos Testing',
      speakers: [{ name: 'Bram Vogelaar' }],
      starts: '2021-10-28T11:00:00+02:00',
      tags: ['chaos engineering'],
    },
    CHAOS_NOTES,
  );
  const cams = await library.createTalk(
    conference.id,
    {
      title: 'CAMS *Then* and Now',
      speakers: [
        { name: 'Thomas “VikingOps” Krag', affiliation: 'Nordcloud' },
        { name: 'Jane Doe' },
      ],
      kind: 'keynote',
      starts: '2021-10-28T09:00:00+02:00',
      links: {
        video: 'https://video.example/cams',
        slides: 'https://slides.example/cams deck.pdf',
      },
      tags: ['culture'],
    },
    CAMS_NOTES,
  );
  const assets = join(library.root, conference.folder, 'assets');
  await mkdir(join(assets, '2019'), { recursive: true });
  await writeFile(join(assets, 'Thomas Krag slide.png'), fakePng('png: Thomas Krag'));
  await writeFile(join(assets, 'slide.png'), fakePng('png: 2021 slide'));
  await writeFile(join(assets, '2019', 'slide.png'), fakePng('png: 2019 slide'));
  await writeFile(join(assets, 'Chaos Monkey.png'), fakePng('png: chaos monkey'));
  await writeFile(join(assets, 'derek-weeks.png'), fakePng('png: Derek'));
  const exporter = new ExportService(library);
  const request = (input: ExportRequestInput) => ExportRequestSchema.parse(input);
  return {
    base,
    library,
    exporter,
    conferenceId: conference.id,
    folder: conference.folder,
    camsId: cams.id,
    chaosId: chaos.id,
    async setNotes(talkId, body) {
      const talk = await library.readTalk(talkId);
      const notes = typeof body === 'string' ? body : body(talk.body);
      await library.updateTalk(talkId, { body: notes }, talk.revision);
    },
    request,
    async exportConference(flavor, folder) {
      const out = join(base, `${flavor}-${folder}`);
      const result = await exporter.run(
        request({
          scope: { kind: 'conference', id: conference.id },
          flavor,
          folder,
          destination: out,
        }),
      );
      return { out, paths: result.files.filter((f) => f.kind === 'note').map((f) => f.path) };
    },
    async cleanup() {
      await library.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}
