-- AlterTable
ALTER TABLE "UserSettings" ADD COLUMN     "newCardOrder" TEXT NOT NULL DEFAULT 'interleaved';
