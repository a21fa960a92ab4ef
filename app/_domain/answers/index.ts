export { canonical, difference, matches, type Difference, type Forgiven, type Match } from "./normalize";
export { SUGGESTED, type Rating, type Verdict } from "./verdict";
export { checkCloze, clozeBlanks, clozeParts, type Blank, type BlankResult, type ClozeResult } from "./cloze";
export { checkOrder, startingOrder, type OrderResult } from "./ordering";
export { checkChoice, type ChoiceResult } from "./choice";
export { checkFix, checkPicked, statementOf, tokens, wrongTokens, type MistakeResult, type Token } from "./mistake";
export { checkTyped, keyTerms, type TypedResult } from "./typed";
