// Slack request signing (v0) and slash-command bodies, as Slack sends them.
import { Buffer } from 'node:buffer';
import { URLSearchParams } from 'node:url';
import { createHmac, randomBytes } from 'node:crypto';

/** A fresh 32-hex-character signing secret for one benchmark run (never printed). */
export function newSigningSecret() {
  return randomBytes(16).toString('hex');
}

/** Headers for a signed Slack request with this raw body. */
export function signedHeaders(secret, rawBody, contentType = 'application/x-www-form-urlencoded') {
  const ts = Math.floor(Date.now() / 1000).toString();
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex')}`;
  return {
    'content-type': contentType,
    'content-length': Buffer.byteLength(rawBody).toString(),
    'x-slack-request-timestamp': ts,
    'x-slack-signature': signature,
  };
}

let triggerSeq = 0;

/** The form-encoded body of a `/bedrock <text>` slash command. */
export function slashCommandBody({
  text,
  userId = 'U0BENCH001',
  userName = 'bench',
  responseUrl,
  channelId = 'C0BENCH001',
}) {
  triggerSeq += 1;
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0BENCH001',
    team_domain: 'bench',
    channel_id: channelId,
    channel_name: 'bench',
    user_id: userId,
    user_name: userName,
    command: '/bedrock',
    text,
    api_app_id: 'A0BENCH001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${triggerSeq}.1.bench`,
  }).toString();
}
