/**
 * Fluent UI web components (v3) used by the pane, defined once, and the theme. Only three components are
 * registered (button, message bar, badge) to keep the bundle small; the search box and filters are native
 * <input>/<select> elements styled with the same Fluent design tokens, which keeps them fully accessible.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/badge.js";
import { setTheme } from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

/** The colours Office reports for its current theme (Office.context.officeTheme), when it reports them. */
export interface OfficeColours {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of a #rrggbb colour; undefined for anything else. */
export function luminance(colour: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec((colour ?? "").trim());
  if (!match) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** Whether the pane is dark: Office's body background decides when Office reports one, else the system's. */
export function isDarkTheme(colours: OfficeColours | undefined, systemPrefersDark: boolean): boolean {
  const officeLuminance = luminance(colours?.bodyBackgroundColor);
  return officeLuminance === undefined ? systemPrefersDark : officeLuminance < 0.4;
}

const SYSTEM_DARK = "(prefers-color-scheme: dark)";

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(SYSTEM_DARK).matches;
}

/** Whether the pane follows the system's mode (Office reported no colours), and whether it listens for it. */
let followingSystem = false;
let listening = false;

/**
 * Applies the Fluent light or dark theme (see isDarkTheme), and Office's own body and control colours on top
 * (as --office-* custom properties the stylesheet prefers when set). Without Office's colours (a browser
 * preview, or a host that reports no theme) the pane follows the system's light or dark mode as it changes.
 */
export function applyTheme(colours: OfficeColours | undefined): void {
  const dark = isDarkTheme(colours, systemPrefersDark());
  setTheme(dark ? webDarkTheme : webLightTheme);
  const root = document.documentElement;
  root.dataset.theme = dark ? "dark" : "light";
  const set = (name: string, value: string | undefined): void => {
    if (value && luminance(value) !== undefined)
      root.style.setProperty(name, value.startsWith("#") ? value : `#${value}`);
  };
  set("--office-body-bg", colours?.bodyBackgroundColor);
  set("--office-body-fg", colours?.bodyForegroundColor);
  set("--office-control-bg", colours?.controlBackgroundColor);
  set("--office-control-fg", colours?.controlForegroundColor);
  followingSystem = luminance(colours?.bodyBackgroundColor) === undefined;
  if (followingSystem && !listening && typeof window.matchMedia === "function") {
    listening = true;
    window.matchMedia(SYSTEM_DARK).addEventListener("change", () => {
      if (followingSystem) applyTheme(undefined);
    });
  }
}
