-- AlterTable
ALTER TABLE "polls" ADD COLUMN "left_live_at" DATETIME;
