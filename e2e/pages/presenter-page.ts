import { expect, type Locator, type Page } from "@playwright/test";

/** The projector screen (/present/CODE). */
export class PresenterPage {
  readonly resultsTable: Locator;

  constructor(readonly page: Page) {
    this.resultsTable = page.getByRole("table");
  }

  async open(code: string): Promise<void> {
    await this.page.goto(`/present/${code}`);
  }

  /** Rows of the results table (what screen readers read; the chart draws the same data). */
  async expectResults(rows: [label: string, score: number][]): Promise<void> {
    const body = this.resultsTable.locator("tbody tr");
    await expect(body).toHaveCount(rows.length);
    for (const [index, [label, score]] of rows.entries()) {
      await expect(body.nth(index).getByRole("rowheader")).toHaveText(label);
      await expect(body.nth(index).locator("td").nth(1)).toHaveText(String(score));
    }
  }

  /** The rows of the board, as drawn, top to bottom. */
  boardRows(): Locator {
    return this.page.getByTestId("board-row");
  }

  async expectBoardOrder(labels: string[]): Promise<void> {
    await expect(this.boardRows()).toHaveCount(labels.length);
    for (const [index, label] of labels.entries()) await expect(this.boardRows().nth(index)).toContainText(label);
  }

  ballotCount(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }
}
