import { expect, type Locator, type Page } from "@playwright/test";

/** The moderator console (/moderate/TOKEN), and creating an event to get there. */
export class ModeratorPage {
  constructor(readonly page: Page) {}

  /** Creates an event through /new and returns its join code. */
  async createEvent(title: string): Promise<string> {
    await this.page.goto("/");
    await this.page.getByRole("link", { name: "Veranstaltung erstellen" }).click();
    await this.page.getByLabel("Titel").fill(title);
    await this.page.getByRole("button", { name: "Erstellen" }).click();
    // "?created=1" marks the first view only; the page drops it so that a reload does not claim the event is new.
    await expect(this.page).toHaveURL(/\/moderate\/[A-Za-z0-9_-]{43}$/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return (await this.page.locator("strong").filter({ hasText: /^[A-Z2-9]{6}$/ }).textContent()) ?? "";
  }

  async addRankingPoll(question: string, items: string[], { allowVoteChange = true } = {}): Promise<void> {
    await this.page.getByRole("button", { name: "+ Neue Umfrage" }).click();
    const form = this.page.getByRole("form", { name: "Neue Umfrage" });
    await form.getByLabel("Frage", { exact: true }).fill(question);
    for (const [index, item] of items.entries()) {
      if (index >= 3) await form.getByRole("button", { name: "+ Eintrag hinzufügen" }).click();
      await form.getByLabel(`Eintrag ${index + 1}`, { exact: true }).fill(item);
    }
    if (!allowVoteChange) await form.getByLabel(/dürfen ihre Stimme ändern/).uncheck();
    await form.getByRole("button", { name: "Umfrage anlegen" }).click();
    await expect(form).toBeHidden();
    await expect(this.pollInList(question)).toBeVisible();
  }

  pollInList(question: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(question.replace(/[?]/g, "\\?")) }).and(this.page.locator("[aria-pressed]"));
  }

  async select(question: string): Promise<void> {
    await this.pollInList(question).click();
    await expect(this.page.getByRole("heading", { level: 2, name: new RegExp(question.replace(/[?]/g, "\\?")) })).toBeVisible();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole("button", { name });
  }

  async startVoting(): Promise<void> {
    await this.button("Abstimmung starten").click();
    await expect(this.button("Abstimmung beenden")).toBeVisible();
  }

  async closeVoting(): Promise<void> {
    await this.button("Abstimmung beenden").click();
    await expect(this.button("Abstimmung wieder öffnen")).toBeVisible();
  }

  ballotCount(): Locator {
    return this.page.getByTestId("moderator-ballot-count");
  }
}
