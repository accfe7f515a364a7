/** The annotation page's unfinished answer: what it keeps while an annotator works on an item and
 * saves as the assignment's draft (the API stores it as given, `TaskView.draft`). The API's own
 * shapes are the generated client's types (`@llmworks/api-client`). */
export type Draft = {
  ranking?: number[];
  scores?: Record<string, Record<string, number>>;
  preferred?: number | null;
  tie?: boolean;
  correction?: string;
  seconds?: number;
};
