/**
 * An airport code where a flight's movement names it ("BA283 diverted DUB", "diverted to LHR",
 * "landed at SIN", "inbound FRA", "QF1 ex DUB"): an operations log's airport, a place of the story, not a
 * Region asked for (README "Places": a story's place names none). regions.ts skips airport codes here,
 * also in capitals, which otherwise read as Regions ("token 2h SYD" stays a Region). "ex" only after a
 * flight number: "I'm flying ex SYD so use that region" keeps its Region.
 */
const FLIGHT_BEFORE =
  /(?:^|[^\w-])(?:divert(?:ed|ing|s)?|div|land(?:ed|ing|s)?|depart(?:ed|ing|s)?|dep|arriv(?:ed|ing|es)|arr|inbound|outbound|routed|rerouted|rtb|grounded|[a-z]{2}\d{1,4}\s+ex)(?:\s+(?:to|at|in|into|from|for|back\s+to))?\s+$/;

/** Whether the airport code at `at` of the lowercase text follows a flight's movement. */
export function flightAirportAt(text: string, at: number): boolean {
  return FLIGHT_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}
