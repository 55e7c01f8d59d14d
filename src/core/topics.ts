/** Topics in the order the task pane and tables list them; TopicId is derived from this list. */
export const TOPICS = [
  { id: "trade", label: "Trade" },
  { id: "opinion", label: "Public opinion" },
  { id: "energy", label: "Energy" },
  { id: "diplomacy", label: "Diplomacy" },
  { id: "migration", label: "Migration" },
  { id: "demographics", label: "Demographics" },
  { id: "security", label: "Security" },
  { id: "integration", label: "Integration projects" },
  { id: "politics", label: "Domestic politics" },
  { id: "stances", label: "Stances" },
] as const satisfies readonly { readonly id: string; readonly label: string }[];

export type TopicId = (typeof TOPICS)[number]["id"];
export type Topic = (typeof TOPICS)[number];

export function topicLabel(id: TopicId): string {
  return TOPICS.find((topic) => topic.id === id)?.label ?? id;
}
