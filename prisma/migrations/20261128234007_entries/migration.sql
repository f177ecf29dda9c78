-- CreateTable
CREATE TABLE "entries" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "poll_id" TEXT NOT NULL,
    "participant_key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "author_name" TEXT,
    "status" TEXT NOT NULL,
    "answered" BOOLEAN NOT NULL DEFAULT false,
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "entries_poll_id_fkey" FOREIGN KEY ("poll_id") REFERENCES "polls" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "entry_upvotes" (
    "entry_id" TEXT NOT NULL,
    "participant_key" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("entry_id", "participant_key"),
    CONSTRAINT "entry_upvotes_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entries" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "entries_poll_id_participant_key_idx" ON "entries"("poll_id", "participant_key");

-- CreateIndex
CREATE INDEX "entry_upvotes_participant_key_idx" ON "entry_upvotes"("participant_key");
