/** A topic as the topic list and the export section show it: its title in the learner's language and its live cards. */
export type TopicSummary = { id: string; title: string; cards: number };
