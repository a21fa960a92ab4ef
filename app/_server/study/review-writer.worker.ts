// The thread that owns the review write connection (see review-writer.ts).
import { parentPort, workerData } from "node:worker_threads";
import { serveReviewBatches } from "./review-batches";
import { SqliteReviewStore } from "./sqlite-review-store";

const { file } = workerData as { file: string };
serveReviewBatches(parentPort!, new SqliteReviewStore(file));
