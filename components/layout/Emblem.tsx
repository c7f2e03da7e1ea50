/** The Lesinfos emblem: an eight-pointed star, as in zellige tilework, on the house red. */
export function Emblem({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="6" fill="#a4262c" />
      <g fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round">
        <rect x="13" y="13" width="22" height="22" />
        <rect x="13" y="13" width="22" height="22" transform="rotate(45 24 24)" />
      </g>
      <circle cx="24" cy="24" r="4" fill="#fff" />
    </svg>
  );
}
