/*
 * Task pane entry. Waits for Office (or finds that there is none), picks the workbook actions (Excel, or the
 * preview ones that explain inserting needs Excel) and the language, and mounts the pane. Outside Excel, or
 * when office.js did not load, the same pane works as a preview: browse, search, read quotes, copy and
 * download.
 *
 * Language: `?lang=ru` or `?lang=en` in the page's URL first (for testing), else Office's display language
 * in Office, else the browser's; Russian for any Russian tag (ru, ru-RU, ru-KZ), English otherwise. Formulas
 * follow Excel's own language, whatever the pane's (excel/formulas.ts). Russian comes as a chunk of its own,
 * loaded only where the pane or Excel speaks it.
 *
 * Readiness markers for tests and the benchmark: performance.mark("office-ready") in the Office.onReady
 * callback, performance.mark("pane-ready") and <body data-ready="true"> once the list is interactive.
 */
import { localeOf, type Locale } from "../core/i18n/locale";
import { setMessageLocale } from "../core/i18n/messages";
import { createExcelActions, createPreviewActions, defaultCardSupport } from "../excel/actions";
import { createExcelCitationActions, createPreviewCitationActions } from "../excel/citations/citationActions";
import { ENGLISH_FORMULAS, formulaStyle, isRussianExcel, type FormulaStyle } from "../excel/formulas";
import { ENGLISH, loadRussian, type PaneLanguage } from "./i18n";
import { mountPane, type Pane, type PaneCapabilities, type PaneMode } from "./ui/app";
import { applyTheme, type OfficeColours } from "./ui/fluent";

/** How long to wait for Office.onReady before showing the preview (a late Excel still takes over). */
const OFFICE_TIMEOUT_MS = 4000;

interface HostInfo {
  readonly mode: PaneMode;
  /** Whether an Office host reported (then its display language counts). */
  readonly office: boolean;
  readonly colours?: OfficeColours;
  /** Why this is a preview, for the console. */
  readonly why?: string;
}

function officeColours(): OfficeColours | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/** Office's display language ("ru-RU"), where Office reports one. */
function officeLanguage(): string | undefined {
  try {
    const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
    return typeof language === "string" && language.trim() !== "" ? language : undefined;
  } catch {
    return undefined;
  }
}

/** The language the page's URL asks for (`?lang=ru`), if any. */
function requestedLocale(): Locale | undefined {
  const lang = new URLSearchParams(window.location.search).get("lang");
  return lang === null || lang.trim() === "" ? undefined : localeOf(lang);
}

/** The pane's language: the URL's, else Office's (once it has reported), else the browser's. */
function chooseLocale(inOffice: boolean): Locale {
  return requestedLocale() ?? localeOf((inOffice ? officeLanguage() : undefined) ?? navigator.language);
}

let pane: Pane | undefined;
let language: PaneLanguage = ENGLISH;
let formulas: FormulaStyle = ENGLISH_FORMULAS;
let lateExcel = false;

/**
 * Settles the pane's language and how formulas are written, loading the Russian chunk where the pane or
 * Excel speaks Russian. Should the chunk not load, the pane speaks English and writes English formulas.
 */
async function prepare(inOffice: boolean): Promise<void> {
  const locale = chooseLocale(inOffice);
  const displayLanguage = inOffice ? officeLanguage() : undefined;
  let nextLanguage = ENGLISH;
  let nextFormulas = ENGLISH_FORMULAS;
  if (locale === "ru" || isRussianExcel(displayLanguage)) {
    try {
      const russian = await loadRussian();
      if (locale === "ru") nextLanguage = russian.RUSSIAN;
      nextFormulas = formulaStyle(displayLanguage, russian.RUSSIAN_FUNCTION_NAMES);
    } catch (error) {
      console.warn(
        "Central Asia Indicators: the Russian texts did not load; the pane speaks English.",
        error,
      );
    }
  }
  language = nextLanguage;
  formulas = nextFormulas;
  // What the pane quotes of the functions' own words (why a formula cannot be explained) in its language.
  setMessageLocale(language.locale);
}

/** <html lang>, the page's title and the main landmark's name, in the pane's language. */
function applyLanguage(): void {
  document.documentElement.lang = language.locale;
  document.title = language.t.documentTitle;
  document.getElementById("app")?.setAttribute("aria-label", language.t.title);
}

/**
 * Country cards need data types (ExcelApi 1.16); older Excel gets the other inserts and a reason. Formulas
 * are written as this Excel takes them, and the grid's preview shows them so.
 */
function excelCapabilities(): PaneCapabilities {
  return { cards: defaultCardSupport() !== "plain", formulas };
}

const excelActions = () => createExcelActions({ texts: language.workbook, formulas });
const excelCitations = () =>
  createExcelCitationActions({
    texts: language.workbook,
    russianLocal: formulas.property === "formulasLocal",
  });

function root(): HTMLElement {
  return document.getElementById("app") ?? document.body;
}

function mount(mode: PaneMode): void {
  applyLanguage();
  pane =
    mode === "excel"
      ? mountPane(root(), excelActions(), mode, excelCapabilities(), language, excelCitations())
      : mountPane(
          root(),
          createPreviewActions(language.workbook),
          mode,
          undefined,
          language,
          createPreviewCitationActions(language.workbook),
        );
}

/** Excel reported after the preview was shown: the real actions, in Office's language (unknown before). */
async function switchToExcel(): Promise<void> {
  const shown = language.locale;
  await prepare(true);
  if (pane !== undefined && language.locale === shown) {
    pane.setActions(excelActions(), "excel", excelCapabilities(), excelCitations());
  } else {
    mount("excel");
  }
}

/** Resolves with the host once Office.onReady reports, or with "preview" when office.js is absent or silent. */
function waitForOffice(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ mode: "preview", office: false, why: "office.js did not load" });
  }
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve({
        mode: "preview",
        office: false,
        why: `Office.onReady did not report within ${OFFICE_TIMEOUT_MS} ms`,
      });
    }, OFFICE_TIMEOUT_MS);
    Office.onReady((info) => {
      performance.mark("office-ready");
      const excel = info.host === Office.HostType.Excel;
      if (settled) {
        if (excel) {
          lateExcel = true;
          applyTheme(officeColours());
          void switchToExcel();
        }
        return;
      }
      clearTimeout(timer);
      settled = true;
      resolve(
        excel
          ? { mode: "excel", office: true, colours: officeColours() }
          : {
              mode: "preview",
              office: Boolean(info.host),
              why: info.host ? `host is ${info.host}, not Excel` : "no Office host",
            },
      );
    });
  });
}

/** Says "Loading…" in the language known so far (the URL's or the browser's), once its texts are here. */
function showLoading(): void {
  const locale = chooseLocale(false);
  document.documentElement.lang = locale;
  if (locale !== "ru") return;
  loadRussian()
    .then(({ RUSSIAN }) => {
      const loading = pane === undefined ? root().querySelector(".loading") : null;
      if (loading !== null) loading.textContent = RUSSIAN.t.loading;
    })
    .catch(() => undefined);
}

async function start(): Promise<void> {
  showLoading();
  const host = await waitForOffice();
  performance.mark("pane-mount-start");
  applyTheme(host.colours);
  const mode: PaneMode = lateExcel ? "excel" : host.mode;
  await prepare(lateExcel || host.office);
  mount(mode);
  document.body.dataset.ready = "true";
  performance.mark("pane-ready");
  if (host.why) console.info(`Central Asia Indicators: preview mode (${host.why}).`);
}

start().catch((error: unknown) => {
  // Never leave "Loading…" up without a word: say what failed, as text.
  const message = document.createElement("p");
  message.className = "loading";
  message.setAttribute("role", "alert");
  message.textContent = language.t.couldNotStart(error instanceof Error ? error.message : String(error));
  root().replaceChildren(message);
  console.error(error);
});
