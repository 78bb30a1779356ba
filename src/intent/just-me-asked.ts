/**
 * Round fifty-seven (help or not; tuned-airport, -ambulance, -cosmetics, -crypto, -dairy, -grocery, -ocean, -pension,
 * -themepark): whether the bot is down or the fault is the asker's own, "is the bot down or is it just me?", "… or is
 * it just the plant wifi again", "… or only my VPN": asked of the others in the channel, who see the bot too, not of
 * the bot, so nothing its help answers (README "Help or unknown"). "is the bot down?" alone is not read here.
 * Read on the lowercased message; the cheap literal "just"/"only" first.
 */

/** The bot not working: down, broken, dead, offline, hanging, not answering. */
const NOT_WORKING =
  /\b(?:down|broken|dead|offline|hanging|hangs|stuck|frozen|not\s+(?:working|answering|responding|replying))\b/;
/** "… or (is it) just me", "… or it's only my laptop", "… or just the office wifi", "… or just us". */
const JUST_ME =
  /\bor\s+(?:is\s+it\s+|it['’]?s\s+|is\s+that\s+)?(?:just|only)\s+(?:me|my\b|mine|us|our\b|the\b|this\b|here)/;

/** Whether the message asks if the bot is down or the fault is only the asker's. */
export function justMeAsked(lowered: string): boolean {
  return (
    (lowered.includes('just') || lowered.includes('only')) &&
    JUST_ME.test(lowered) &&
    NOT_WORKING.test(lowered)
  );
}
