import type { PeriodLabel } from "../../dataset";

/**
 * Every period label of the dataset in Russian, keyed by the typed label: a label missing here, or one the
 * dataset no longer has, fails the build. Its own module, so that the functions' Russian messages carry
 * these few strings and not the pane's whole vocabulary.
 */
export const RU_PERIODS = {
  "Jan–Oct 2022": "янв.–окт.\u00a02022",
  "Jan–Sep 2022": "янв.–сент.\u00a02022",
  "Jan–Aug 2022": "янв.–авг.\u00a02022",
  "Jan–Jun 2022": "янв.–июнь\u00a02022",
  "Q1 2022": "I\u00a0кв.\u00a02022",
  "Q2 2022": "II\u00a0кв.\u00a02022",
  "Oct 2022": "окт.\u00a02022",
  "Dec 2022 (to 23 Dec)": "дек.\u00a02022 (по 23\u00a0дек.)",
  "2022 (to 23 Dec)": "2022 (по 23\u00a0дек.)",
  "as of 23 Dec 2022": "на 23\u00a0дек.\u00a02022",
  "date not stated; published 23 Dec 2022": "дата не указана; опубл. 23\u00a0дек.\u00a02022",
  "after the outbreak of war and the start of mobilization (to 23 Dec 2022)":
    // The source: "after the outbreak of war and the start of mobilization"; in Russian a mobilization
    // starts when it is announced (объявление мобилизации), and «начала … начала» would repeat itself.
    "после начала войны и объявления мобилизации (по 23\u00a0дек.\u00a02022)",
  "since the start of the war (to 23 Dec 2022)": "с начала войны (по 23\u00a0дек.\u00a02022)",
  // Impersonal, so that it agrees under «Период» and «Дата» alike.
  "not stated": "не указано",
  "2008": "2008",
  "2014": "2014",
} as const satisfies Readonly<Record<PeriodLabel, string>>;
