/**
 * speed35: readings of a text that one message asks for several times ("is the object foreign?" of the same text
 * from a dozen places in parse-request.ts), made once per message. Only for pure functions of a string whose result
 * is not changed by the caller. Each memo is emptied when a message starts (parseRequestAs): nothing is kept from
 * one message to the next.
 */
let message = 0;

/** A new message starts: every memo made here is emptied before its next use. */
export function newMessage(): void {
  message += 1;
}

/** `fn`, remembered per message by its argument. */
export function perMessage<T>(fn: (text: string) => T): (text: string) => T {
  let at = -1;
  const seen = new Map<string, T>();
  return (text) => {
    if (at !== message) {
      seen.clear();
      at = message;
    } else {
      const hit = seen.get(text);
      if (hit !== undefined || seen.has(text)) return hit as T;
    }
    const value = fn(text);
    seen.set(text, value);
    return value;
  };
}
