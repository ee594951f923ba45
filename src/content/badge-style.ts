/** Styles of the in-page badge. They live inside the closed shadow root, so the page cannot
 * restyle us and we cannot leak into the page. */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle;
  margin-inline-start: 6px; font: 500 11px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.pill { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px;
  height: 18px; padding: 0 7px; border-radius: 9px; cursor: pointer; white-space: nowrap;
  color: #7c2d12; background: #ffedd5; border: 1px solid #fdba74; }
.pill:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: #ea580c; }
/* A popover in the top layer, placed by panel-placement.ts next to its pill. */
.why { position: fixed; inset: auto; margin: 0; width: max-content; max-width: min(320px, calc(100vw - 16px));
  max-height: calc(100vh - 16px); overflow: auto; font: inherit; padding: 8px 10px; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / .18);
  background: #fff; color: #1f2937; border: 1px solid #e5e7eb; font-weight: 400; line-height: 1.4; }
.why[hidden] { display: none; }
.why h2 { all: unset; display: block; font-weight: 600; margin-bottom: 4px; }
.why ul { margin: 0; padding-inline-start: 16px; }
.why li { margin: 2px 0; }
.quote { font-style: italic; }
.author { margin-top: 6px; color: #6b7280; min-height: 1.4em; }
:host([data-theme="dark"]) .pill { color: #fed7aa; background: #431407; border-color: #9a3412; }
:host([data-theme="dark"]) .why { background: #111827; color: #f3f4f6; border-color: #374151; }
:host([data-theme="dark"]) .author { color: #9ca3af; }
`;

export const BADGE_ACTIONS_CSS = `
/* The author line is filled after the panel opens; its space is reserved (min-height above)
   so the action buttons never move under the reader's pointer. */
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.action { all: unset; cursor: pointer; padding: 2px 8px; border-radius: 6px; border: 1px solid #d1d5db; color: inherit; }
.action:hover { background: rgb(0 0 0 / .05); }
.action:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
:host([data-theme="dark"]) .action { border-color: #4b5563; }
`;
