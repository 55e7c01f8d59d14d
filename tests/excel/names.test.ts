import { uniqueSheetName, uniqueTableName } from "../../src/excel/names";

describe("names", () => {
  test("sheet names: forbidden characters removed, 31 characters at most, numbered when taken", () => {
    expect(uniqueSheetName("Trade: Q1/Q2 [2022]?", [])).toBe("Trade Q1 Q2 2022");
    expect(uniqueSheetName("Timeline", ["timeline"])).toBe("Timeline (2)");
    expect(uniqueSheetName("Timeline", ["Timeline", "Timeline (2)"])).toBe("Timeline (3)");
    const long = uniqueSheetName("x".repeat(40), ["x".repeat(31)]);
    expect(long).toHaveLength(31);
    expect(long.endsWith(" (2)")).toBe(true);
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(uniqueSheetName("???", [])).toBe("Central Asia");
  });

  test("table names: CA_ and the title's words, numbered when taken", () => {
    expect(uniqueTableName("Trade & energy, 2022", [])).toBe("CA_Trade_energy_2022");
    expect(uniqueTableName("Trade", ["CA_Trade"])).toBe("CA_Trade_2");
    expect(uniqueTableName("中文", [])).toBe("CA_Table");
  });

  test("a Russian title names its table in Latin letters", () => {
    expect(uniqueTableName("Позиции", [])).toBe("CA_Pozitsii");
    expect(uniqueTableName("Показатели Центральной Азии: Торговля", [])).toBe(
      "CA_Pokazateli_Tsentralnoy_Azii_Torgovlya",
    );
    expect(uniqueTableName("Хронология (26 событий)", ["CA_Khronologiya_26_sobytiy"])).toBe(
      "CA_Khronologiya_26_sobytiy_2",
    );
  });
});
