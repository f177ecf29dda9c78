/** What the German and English messages say, formatted as the screens format them (ICU through next-intl). */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import en from "../../messages/en.json";

describe("wording", () => {
  const german = createTranslator({ locale: "de", messages: de });
  const english = createTranslator({ locale: "en", messages: en });

  it("agrees in number with one connected device", () => {
    expect(german("presenter.participation", { voted: 1, connected: 1 })).toBe("1 von 1 verbundenen Gerät hat abgestimmt");
    expect(german("presenter.participation", { voted: 3, connected: 5 })).toBe("3 von 5 verbundenen Geräten haben abgestimmt");
    expect(english("presenter.participation", { voted: 1, connected: 1 })).toBe("1 of 1 connected device has voted");
  });

  it("never calls a Q&A a vote", () => {
    const qa = JSON.stringify(de.qa.voting);
    expect(qa).not.toMatch(/Abstimmung/);
    expect(Object.keys(de.qa.voting).sort()).toEqual(["close", "closedBadge", "open", "openBadge", "reopen", "timer"]);
  });

  it("explains Borda in plain words where it names it", () => {
    expect(de.ranking.summary).toMatch(/mehr Punkte/);
    expect(de.ranking.summary).not.toMatch(/gezählt nach Borda/);
  });

  it("names no setting to attendees on the statements", () => {
    expect(de.statements.operatorUnset).not.toMatch(/OPERATOR_/);
    expect(en.statements.operatorUnset).not.toMatch(/OPERATOR_/);
  });
});
