-- AlterTable
ALTER TABLE "polls" ADD COLUMN "earlier_rounds" TEXT NOT NULL DEFAULT '[]';
