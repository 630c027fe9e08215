// replaced by the index branch at merge

export interface IndexableItem {
  /** Item URL or id. */
  location: string;
  title: string;
  /** Feed title. */
  source: string | null;
  /** ISO 8601. */
  date: string | null;
  /** Plain text of the item content, may be a summary. */
  text: string;
}

export async function indexFeedItems(configDir: string, items: IndexableItem[]): Promise<void> {
  void configDir;
  void items;
}
