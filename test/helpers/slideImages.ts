import { chromium, type Browser } from 'playwright-core';

/**
 * Slide photos made at test time: HTML slides rendered by Debian's
 * Chromium and screenshotted, so the tests know every word on them and
 * the repository holds no binary fixtures.
 */
export interface FixtureSlide {
  title: string;
  lines: string[];
  /** A dark theme (light text on a dark ground), as many talks use. */
  dark?: boolean;
  /** Lines set in a monospace font (code on a slide). */
  code?: boolean;
}

/** Slides of the kinds attendees photograph: bullets, a formula, code, a dark theme, a quote. */
export const FIXTURE_SLIDES: FixtureSlide[] = [
  {
    title: 'Error budgets and SLOs',
    lines: ['Availability target 99.9 percent', 'Burn rate alerts page the on-call engineer'],
  },
  {
    title: 'Chaos engineering in production',
    lines: ['Start with a hypothesis', 'Limit the blast radius', 'Automate the experiments'],
    dark: true,
  },
  {
    title: 'Deploying with Terraform',
    lines: ['terraform plan -out=release.plan', 'terraform apply release.plan'],
    code: true,
  },
  {
    title: 'Observability is not monitoring',
    lines: ['Traces, metrics and structured logs', 'Ask questions you did not predict'],
  },
  {
    title: 'Platform teams as products',
    lines: ['Paved roads beat gatekeepers', 'Measure developer satisfaction quarterly'],
    dark: true,
  },
  {
    title: 'Incident reviews without blame',
    lines: ['Timeline first, causes later', 'Publish the learnings widely'],
  },
];

/**
 * The slide as a page. `photo`: as an attendee's phone sees it from the
 * room: the screen smaller, tilted, a little blurred and dim, in a dark room.
 */
export function slideHtml(slide: FixtureSlide, { photo = false } = {}): string {
  const [ground, ink] = slide.dark ? ['#1d2331', '#f1f3f8'] : ['#ffffff', '#1b1b1b'];
  const font = slide.code ? 'DejaVu Sans Mono, monospace' : 'DejaVu Sans, Arial, sans-serif';
  const items = slide.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const screen = photo
    ? 'position:absolute;left:6vw;top:7vh;width:88vw;height:86vh;transform:perspective(90vw) rotateY(-7deg) rotate(-1.5deg);filter:blur(0.6px) contrast(0.85) brightness(0.95);box-shadow:0 0 4vh 1vh #000'
    : 'position:absolute;inset:0';
  const room = photo ? 'radial-gradient(circle at 50% 40%, #3a3a44, #0d0d10 75%)' : ground;
  return `<!doctype html><html><body style="margin:0;height:100vh;overflow:hidden;background:${room};font-family:DejaVu Sans, Arial, sans-serif">
    <div style="${screen};background:${ground};color:${ink};padding:6vh 7vw;box-sizing:border-box">
    <h1 style="font-size:${photo ? 7 : 8}vh;margin:0 0 5vh">${escapeHtml(slide.title)}</h1>
    <ul style="font-size:${photo ? 4.8 : 5.4}vh;line-height:1.5;font-family:${font}">${items}</ul></div></body></html>`;
}

/** A photo without any text: colour, shapes and a gradient. */
export const PHOTO_HTML = `<!doctype html><html><body style="margin:0;height:100vh;background:radial-gradient(circle at 30% 40%, #f4a 0, #2a4 35%, #124 75%)">
  <div style="position:absolute;left:55vw;top:25vh;width:30vh;height:30vh;border-radius:50%;background:#fd3"></div></body></html>`;

export class SlideCamera {
  private constructor(private readonly browser: Browser) {}

  static async open(): Promise<SlideCamera> {
    return new SlideCamera(await chromium.launch({ executablePath: '/usr/bin/chromium' }));
  }

  /** A screenshot of `html` at this size. */
  async shoot(
    html: string,
    {
      width = 640,
      height = 360,
      type = 'png',
    }: { width?: number; height?: number; type?: 'png' | 'jpeg' } = {},
  ): Promise<Buffer> {
    const page = await this.browser.newPage({ viewport: { width, height } });
    try {
      await page.setContent(html);
      return await page.screenshot({ type, ...(type === 'jpeg' ? { quality: 85 } : {}) });
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** The words of a slide as a search finds them: lower case, letters and digits. */
export function slideWords(slide: FixtureSlide): string[] {
  return `${slide.title} ${slide.lines.join(' ')}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
