/*
 * The functions' metadata in Russian, by function id and by English parameter name (see functions.ts and the
 * generated functions.json). The drop-downs insert the English values, which work in every language (fields
 * and topics may also be typed in Russian, core/i18n/ru/argumentWords.ts); countries are offered by their
 * Russian names. Text results come in Excel's display language unless the last argument pins one.
 * Russian Excel separates arguments with «;» and writes decimals with a comma.
 */
import { RU_FUNCTION_NAMES } from "../core/functionNames";
import type { FunctionsTranslation } from "./translationTypes";

const COUNTRY = {
  name: "страна",
  description:
    "Казахстан, Узбекистан, Таджикистан, Кыргызстан или Туркменистан; подходят и коды ISO (UZ, UZB), и английские названия.",
} as const;

const FIELD = {
  name: "поле",
  description:
    "Что вернуть, по-русски или по-английски: значение (value, по умолчанию), период, оговорка, цитата, источник, описание, единица, страна, начало, конец, код, основание, условие, связанные записи, примечание, примеры, пример к записям.",
} as const;

const LANGUAGE = {
  name: "язык",
  description:
    "Язык текстовых результатов: «ru» (или «рус») или «en» (или «англ»). Пусто — язык интерфейса Excel. Задайте, чтобы книга считалась одинаково у всех.",
} as const;

export const RU_FUNCTIONS = {
  functions: {
    RUTRADE: {
      name: RU_FUNCTION_NAMES.RUTRADE,
      description:
        "Рост товарооборота России со страной Центральной Азии в 2022 году, в долях (0,4 = 40%). Период у каждой страны свой: запросите поле «период». Текст — на языке интерфейса Excel, если не задан язык.",
      parameters: { country: COUNTRY, field: FIELD, language: LANGUAGE },
    },
    RUPOLL: {
      name: RU_FUNCTION_NAMES.RUPOLL,
      description:
        "Доля опрошенных в стране, которые возлагают вину за нынешние экономические проблемы на российскую оккупацию Украины (0,7 = 70%). Опросы приведены по Кыргызстану, Казахстану и Узбекистану.",
      parameters: {
        country: {
          name: "страна",
          description:
            "Кыргызстан, Казахстан или Узбекистан (по Таджикистану и Туркменистану источник опросов не приводит).",
        },
        field: FIELD,
        language: LANGUAGE,
      },
    },
    INDICATOR: {
      name: RU_FUNCTION_NAMES.INDICATOR,
      description:
        'Любой показатель, позиция или событие из источника по коду, например "oil-export-via-russia" с "KZ" или "putin-meetings".',
      parameters: {
        id: {
          name: "код",
          description:
            "Код записи из списка CA.ПОКАЗАТЕЛИ_ЦА(), с суффиксом страны или без него (trade-growth или trade-growth.UZ).",
        },
        country: {
          name: "страна",
          description: "Страна — для показателей, которые источник приводит по странам.",
        },
        field: FIELD,
        language: LANGUAGE,
      },
    },
    INDICATORS: {
      name: RU_FUNCTION_NAMES.INDICATORS,
      description:
        "Таблица показателей, позиций и событий источника со строкой заголовков (код, страна, описание, значение, единица, период, оговорка, основание, условие, связанные записи, примечание, примеры, пример к записям); результат переносится на соседние ячейки. Заголовки и слова — на языке интерфейса Excel, если не задан язык.",
      parameters: {
        topic: {
          name: "тема",
          description:
            "Тема, по-русски или по-английски: торговля, общественное мнение, энергетика, дипломатия, миграция, демография, безопасность, интеграция, политика, позиции; или вид записи: цифры, события. Пусто — все записи.",
        },
        country: {
          name: "страна",
          description:
            "Только строки этой страны («Центральная Азия» — записи по региону в целом). Пусто — все страны.",
        },
        language: LANGUAGE,
      },
    },
    COUNTRY: {
      name: RU_FUNCTION_NAMES.COUNTRY,
      description:
        "Страна в виде карточки (тип данных Excel): все показатели, которые источник приводит для неё, с форматом и периодом; её позиции и события; показатели по региону в целом. Свойство указывается через точку, например =A1.TradeGrowth. Карточка — на языке интерфейса Excel, если не задан язык. Нужен Excel для Microsoft 365.",
      parameters: { country: COUNTRY, language: LANGUAGE },
    },
    COUNTRIES: {
      name: RU_FUNCTION_NAMES.COUNTRIES,
      description:
        "Пять стран Центральной Азии с кодами ISO; названия — на языке интерфейса Excel (или заданном). Результат переносится на соседние ячейки.",
      parameters: { language: LANGUAGE },
    },
    SOURCE: {
      name: RU_FUNCTION_NAMES.SOURCE,
      description: "Библиографическая ссылка на аналитическую статью, из которой взяты все показатели.",
      parameters: {
        field: {
          name: "поле",
          description:
            "Часть ссылки, по-английски: citation (по умолчанию), title, author, publisher, republisher, date или sha256 (url даёт #Н/Д: адреса у источника нет).",
        },
      },
    },
  },
  enums: {
    Country: {
      Kazakhstan: { name: "Казахстан", tooltip: "KZ, KAZ, Kazakhstan" },
      Uzbekistan: { name: "Узбекистан", tooltip: "UZ, UZB, Uzbekistan" },
      Tajikistan: { name: "Таджикистан", tooltip: "TJ, TJK, Tajikistan" },
      Kyrgyzstan: { name: "Кыргызстан", tooltip: "KG, KGZ, Kyrgyzstan, Киргизия" },
      Turkmenistan: { name: "Туркменистан", tooltip: "TM, TKM, Turkmenistan, Туркмения" },
    },
    Field: {
      value: { name: "value", tooltip: "Сам показатель (по умолчанию): число, для позиций — ИСТИНА/ЛОЖЬ." },
      period: { name: "period", tooltip: "Период, к которому относится показатель." },
      qualifier: {
        name: "qualifier",
        tooltip:
          "Оговорка источника: для показателей — точно, более или около; для позиций и событий — утверждается, по сообщениям, обвинение или планируется.",
      },
      quote: {
        name: "quote",
        tooltip: "Предложение источника, из которого взят показатель, дословно (по-английски).",
      },
      source: { name: "source", tooltip: "Ссылка на аналитическую статью-источник." },
      label: { name: "label", tooltip: "Что измеряет показатель." },
      unit: {
        name: "unit",
        tooltip:
          "Единица показателя (%, раз, встреч, стран или лет); «да/нет» у позиции, «событие» у события. В английском Excel или с языком «en» — percent, times, meetings, countries, years, yes/no, event.",
      },
      country: {
        name: "country",
        tooltip: "Страна или Центральная Азия для показателей по региону в целом.",
      },
      start: {
        name: "start",
        tooltip: "Первый день периода (дата ISO); пусто, если источник его не указывает.",
      },
      end: { name: "end", tooltip: "Последний день периода (дата ISO)." },
      id: { name: "id", tooltip: "Постоянный код записи." },
      basis: {
        name: "basis",
        tooltip: "На чём основана позиция: прямо указано, сказано обо всём регионе или подразумевается.",
      },
      condition: {
        name: "condition",
        tooltip: "Слова источника, ставящие позицию под условие, если они есть.",
      },
      related: {
        name: "related",
        tooltip:
          "Коды записей, которые источник связывает с этой своими словами (например, “accordingly”), через запятую.",
      },
      note: {
        name: "note",
        tooltip: "Что нужно знать о записи помимо описания (например, прочтение машинного перевода).",
      },
      examples: {
        name: "examples",
        tooltip: "Коды записей, которые источник приводит как примеры к этой, через запятую.",
      },
      "example of": {
        name: "example of",
        tooltip: "Коды записей, примером к которым источник приводит эту, через запятую.",
      },
    },
    SourceField: {
      citation: { name: "citation", tooltip: "Полная ссылка (по умолчанию)." },
      title: { name: "title", tooltip: "Название статьи." },
      author: { name: "author", tooltip: "Автор." },
      publisher: { name: "publisher", tooltip: "Издатель." },
      republisher: { name: "republisher", tooltip: "Сайт, перепечатавший статью." },
      date: { name: "date", tooltip: "Дата перепечатки (ISO)." },
      sha256: { name: "sha256", tooltip: "SHA-256 файла источника, по которому проверены показатели." },
      url: {
        name: "url",
        tooltip: "Нет: в документе источника нет URL (#Н/Д объясняет это; адрес не выдумывается).",
      },
    },
    Language: {
      en: { name: "en", tooltip: "Английский (также «англ»)." },
      ru: { name: "ru", tooltip: "Русский (также «рус»)." },
    },
    Topic: {
      trade: { name: "trade", tooltip: "Торговля." },
      opinion: { name: "opinion", tooltip: "Общественное мнение." },
      energy: { name: "energy", tooltip: "Энергетика." },
      diplomacy: { name: "diplomacy", tooltip: "Дипломатия." },
      migration: { name: "migration", tooltip: "Миграция." },
      demographics: { name: "demographics", tooltip: "Демография." },
      security: { name: "security", tooltip: "Безопасность." },
      integration: { name: "integration", tooltip: "Интеграционные проекты." },
      politics: { name: "politics", tooltip: "Внутренняя политика." },
      stances: { name: "stances", tooltip: "Позиции (да/нет)." },
      figures: { name: "figures", tooltip: "Все числовые показатели." },
      events: { name: "events", tooltip: "Все события." },
    },
  },
} as const satisfies FunctionsTranslation;
