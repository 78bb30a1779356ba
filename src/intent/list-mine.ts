/**
 * "list mine", "/bedrock list mine", "show mine pls": the list command with "mine" for its object asks
 * for the asker's own units, as "my units" does (README "Owner": a list of the asker's own units has the
 * owner `me`). Only the whole message: "list mine and ads' keys" or "rotate mine" are other things.
 */
const LIST_MINE =
  /^[^\w]{0,3}(?:\/[a-z0-9_-]{1,30}[ \t]+)?(?:(?:pls|please)[ \t]+)?(?:list|show)[ \t]+(?:only[ \t]+|just[ \t]+)?mine(?:[ \t]+only)?(?:[ \t,]+(?:pls|please|plz))?[?!.]{0,3}$/;

/** Whether the lowercase text is the list command for the asker's own units ("list mine"). */
export const listsMine = (text: string): boolean => text.includes('mine') && LIST_MINE.test(text.trim());
