import { expect, type Locator, type Page } from "@playwright/test";

/** The phone screen (/join/CODE). */
export class AttendeePage {
  readonly status: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole("status").filter({ hasText: /\S/ }).first();
    this.submit = page.getByRole("button", { name: /^(Stimme abgeben|Geänderte Stimme abgeben|Submit vote|Submit changed vote)$/ });
  }

  /**
   * Opens the phone's page and waits for its live connection: the server
   * renders the poll, so the page is usable before (votes then wait in the
   * outbox), but a test that takes the network away needs it to be there first.
   */
  async open(code: string): Promise<void> {
    await this.page.goto(`/join/${code}`);
    await expect(this.page.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  }

  /** Joins through the start page by typing the code, as from the projector. */
  async joinByTypingCode(code: string): Promise<void> {
    await this.page.goto("/");
    await this.page.getByLabel("Code der Veranstaltung").fill(code.toLowerCase());
    await this.page.getByRole("button", { name: "Teilnehmen" }).click();
    await expect(this.page).toHaveURL(new RegExp(`/join/${code}$`));
  }

  question(text: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: text });
  }

  poolItem(label: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^${label} – als Platz \\d+ einordnen$`) });
  }

  moveUp(label: string): Locator {
    return this.page.getByRole("button", { name: `${label} nach oben` });
  }

  moveDown(label: string): Locator {
    return this.page.getByRole("button", { name: `${label} nach unten` });
  }

  dragHandle(label: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^\\d+\\. ${label} – zum Verschieben ziehen$`) });
  }

  rankedLabels(): Locator {
    return this.page.locator("ol li").filter({ has: this.page.getByRole("button", { name: /nach oben$/ }) });
  }

  async tapInOrder(labels: string[]): Promise<void> {
    for (const label of labels) await this.poolItem(label).click();
  }

  /** Drags one ranked row onto another with the mouse, in small steps as a hand would. */
  async drag(label: string, ontoLabel: string): Promise<void> {
    const from = await this.dragHandle(label).boundingBox();
    const to = await this.dragHandle(ontoLabel).boundingBox();
    if (!from || !to) throw new Error("drag handles not visible");
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 4 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  async expectRanking(labels: string[]): Promise<void> {
    await expect(this.rankedLabels()).toHaveText(labels.map((label) => new RegExp(label)));
  }

  async expectCounted(): Promise<void> {
    await expect(this.page.getByRole("status").filter({ hasText: /Ihre (geänderte )?Stimme wurde gezählt/ })).toBeVisible();
  }
}
