import { readQuantities, wrongQuantities } from "./quantities";
import { prepare } from "./text";

/** The quantities an answer states, as [fact, value] pairs. */
export const read = (text: string) => {
  const p = prepare(text);
  return readQuantities(p.text, p.sentences).map((q) => [q.fact, q.value]);
};
/** The misconceptions the wrong quantities of an answer name. */
export const wrong = (text: string) => {
  const p = prepare(text);
  return wrongQuantities(readQuantities(p.text, p.sentences)).map((w) => w.fact.misconception);
};
