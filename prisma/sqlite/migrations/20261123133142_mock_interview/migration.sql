-- CreateTable
CREATE TABLE "MockInterview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "result" TEXT NOT NULL,
    "misconceptions" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "MockInterview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MockInterview_userId_finishedAt_idx" ON "MockInterview"("userId", "finishedAt");
