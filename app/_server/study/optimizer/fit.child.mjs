// @ts-check
// The FSRS optimizer's native code runs here, in a process of its own: a Rust panic in the
// binding aborts the process that loaded it, and this way that is only this child, never the
// server. Input on stdin, one JSON object: { items: [[rating, deltaT], ...][], current: number[] | null }.
// Output on stdout, one JSON object: { parameters, defaults, personal, current } (fits are
// { logLoss, rmse }). Anything else (a crash, a signal, a non-zero exit) is a failure to the parent.
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";

/** @type {Buffer[]} */
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
/** @type {{ items: [number, number][][]; current: number[] | null }} */
const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const items = input.items.map((item) => new FSRSBindingItem(item.map(([rating, deltaT]) => new FSRSBindingReview(rating, deltaT))));
const parameters = await computeParameters(items, { enableShortTerm: true });
/** @param {number[] | null} p */
const fit = (p) => {
  const e = new FSRSBinding(p ?? undefined).evaluate(items);
  return { logLoss: e.logLoss, rmse: e.rmseBins };
};
const result = { parameters, defaults: fit(null), personal: fit(parameters), current: input.current ? fit(input.current) : null };
process.stdout.write(JSON.stringify(result), () => process.exit(0));
