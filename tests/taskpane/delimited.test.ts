import { toDelimited } from "../../src/taskpane/ui/delimited";

describe("toDelimited", () => {
  test("CSV quotes separators and doubles quotes; TSV keeps one line per row", () => {
    const csv = toDelimited(
      [
        ["a", 'say "hi"', 1],
        ["x,y", true, 0.4],
      ],
      ",",
    );
    expect(csv).toBe('a,"say ""hi""",1\r\n"x,y",TRUE,0.4\r\n');
    expect(toDelimited([["a\tb", "c\nd"]], "\t")).toBe("a b\tc d\r\n");
  });
});
