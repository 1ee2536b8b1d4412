import type { JSX } from 'react';

/**
 * Line icons for the toolbar buttons that have no plain-text face. Drawn as
 * SVG in the text colour, because emoji faces (🔗 🖼 🕑) depend on an emoji
 * font: missing on many Linux desktops (a blank box), and ignoring dark mode.
 * Decorative only: each button carries its own accessible name.
 */
function Icon({ children }: { children: JSX.Element | JSX.Element[] }): JSX.Element {
  return (
    <svg
      className="cn-tool-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Two chain links. */
export const LinkIcon = (): JSX.Element => (
  <Icon>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1" />
    <path d="M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1" />
  </Icon>
);

/** A framed picture: a sun over a hill. */
export const ImageIcon = (): JSX.Element => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <circle cx="6" cy="6.5" r="1" />
    <path d="M2.5 12l4-4 3 3 2-2 2 2" />
  </Icon>
);

/** A clock face at ten past. */
export const ClockIcon = (): JSX.Element => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.5V8l2.5 1.5" />
  </Icon>
);
