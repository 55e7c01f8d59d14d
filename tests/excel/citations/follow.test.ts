/*
 * Following the selection ("This cell"): each change explained once after the debounce, nothing while the pane
 * is hidden, the selection explained again when the pane comes back, and nothing at all once the follower is
 * stopped, though Office keeps its visibility handler for the session.
 */
import { followSelection, type SelectionEvents } from "../../../src/excel/citations/explainRun";

/** Events a test fires by hand; the visibility handlers are never removed, as Office's are not. */
function fakeEvents() {
  const selection: (() => void)[] = [];
  const visibility: ((visible: boolean) => void)[] = [];
  const events: SelectionEvents = {
    onSelectionChanged: async (handler) => {
      selection.push(handler);
      return async () => void selection.splice(selection.indexOf(handler), 1);
    },
    onVisibilityChanged: (handler) => void visibility.push(handler),
  };
  return {
    events,
    select: () => selection.forEach((handler) => handler()),
    show: (visible: boolean) => visibility.forEach((handler) => handler(visible)),
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Lets the debounce run out and the explanation settle. */
async function settle(): Promise<void> {
  await jest.advanceTimersByTimeAsync(300);
}

test("a quick run of selection changes is explained once, after the debounce", async () => {
  const fake = fakeEvents();
  const explain = jest.fn(async () => undefined);
  await followSelection(fake.events, explain, 250);
  fake.select();
  fake.select();
  fake.select();
  await settle();
  expect(explain).toHaveBeenCalledTimes(1);
});

test("hidden, the pane explains nothing; shown again, it explains the selection once", async () => {
  const fake = fakeEvents();
  const explain = jest.fn(async () => undefined);
  await followSelection(fake.events, explain, 250);
  fake.show(false);
  fake.select();
  await settle();
  expect(explain).not.toHaveBeenCalled();
  fake.show(true);
  await settle();
  expect(explain).toHaveBeenCalledTimes(1);
});

test("a stopped follower explains nothing, even when the pane comes back: only the new one does", async () => {
  const fake = fakeEvents();
  const first = jest.fn(async () => undefined);
  const second = jest.fn(async () => undefined);
  const follower = await followSelection(fake.events, first, 250);
  await follower.stop();
  await followSelection(fake.events, second, 250);
  fake.show(false);
  fake.show(true);
  fake.select();
  await settle();
  expect(first).not.toHaveBeenCalled();
  expect(second).toHaveBeenCalledTimes(1);
});
