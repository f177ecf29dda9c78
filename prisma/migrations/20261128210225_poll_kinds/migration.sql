-- CreateTable
CREATE TABLE "quiz_players" (
    "event_id" TEXT NOT NULL,
    "participant_key" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("event_id", "participant_key"),
    CONSTRAINT "quiz_players_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_polls" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "event_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "config" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "allow_vote_change" BOOLEAN NOT NULL DEFAULT true,
    "results_visible" BOOLEAN NOT NULL DEFAULT true,
    "show_results_to_voters" BOOLEAN NOT NULL DEFAULT false,
    "timer_seconds" INTEGER,
    "closes_at" DATETIME,
    "opened_at" DATETIME,
    "moderation" TEXT NOT NULL DEFAULT '{}',
    "answer_revealed" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "polls_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_polls" ("allow_vote_change", "closes_at", "created_at", "event_id", "id", "position", "question", "results_visible", "show_results_to_voters", "status", "timer_seconds", "type", "updated_at") SELECT "allow_vote_change", "closes_at", "created_at", "event_id", "id", "position", "question", "results_visible", "show_results_to_voters", "status", "timer_seconds", "type", "updated_at" FROM "polls";
DROP TABLE "polls";
ALTER TABLE "new_polls" RENAME TO "polls";
CREATE INDEX "polls_event_id_position_idx" ON "polls"("event_id", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
