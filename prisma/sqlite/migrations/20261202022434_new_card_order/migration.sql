-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UserSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "rolloverHour" INTEGER NOT NULL DEFAULT 4,
    "locale" TEXT NOT NULL DEFAULT 'ko',
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "dailyGoal" INTEGER NOT NULL DEFAULT 1,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "maximumInterval" INTEGER NOT NULL DEFAULT 36500,
    "learningSteps" TEXT NOT NULL DEFAULT '1m 10m',
    "relearningSteps" TEXT NOT NULL DEFAULT '10m',
    "newCardOrder" TEXT NOT NULL DEFAULT 'interleaved',
    "fsrsParameters" TEXT,
    CONSTRAINT "UserSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_UserSettings" ("dailyGoal", "desiredRetention", "fsrsParameters", "learningSteps", "locale", "maximumInterval", "newPerDay", "relearningSteps", "reviewsPerDay", "rolloverHour", "timeZone", "userId") SELECT "dailyGoal", "desiredRetention", "fsrsParameters", "learningSteps", "locale", "maximumInterval", "newPerDay", "relearningSteps", "reviewsPerDay", "rolloverHour", "timeZone", "userId" FROM "UserSettings";
DROP TABLE "UserSettings";
ALTER TABLE "new_UserSettings" RENAME TO "UserSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
