/**
 * fixfollowups30: a message that only points the reader elsewhere in the conversation: "see thread", "see
 * above", "pls see my last message", "see the pinned doc for context", "^ see above". "see" is a show verb to
 * the rules (a bare "show" lists the units), but a pointer to the thread, a message or a document asks the bot
 * for nothing: the reader is sent to read something (README: messages leaning on context ask nothing of their
 * own). A pointer with a request of its own ("see above — token for 2h pls") is not the whole message, and "see
 * the list", "see my keys" ask to be shown ours.
 */
const POINTER =
  /^[\s^>*_~.-]*(?:(?:pls|please|plz|just|and|also|->|→)\s+)*see\s+(?:(?:the|my|this|that|your|his|her|their|our)\s+)?(?:(?:last|previous|prev|earlier|other|original|first|linked|pinned|attached)\s+)?(?:thread|threads|above|below|upthread|up\s+thread|earlier|msg|message|messages|post|comment|reply|doc|document|ticket|dm|screenshot|link|email|canvas|note|notes)(?:\s+(?:for|re)\s+(?:context|details|more|info|background))?(?:[\s.!^]|👆|☝️|⬆️)*$/u;

/** Whether the lowercase text only points to a thread, a message or a document. */
export function seeElsewhere(lower: string): boolean {
  return lower.includes('see') && POINTER.test(lower);
}
