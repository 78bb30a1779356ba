/**
 * Copy-paste snippets for people who just got credentials: environment exports, a curl call to
 * the bedrock-runtime Converse API, Python (boto3), TypeScript (AWS SDK v3) and the auto-refresh
 * pattern with the official token generators. Plain text: callers put them in code blocks.
 */
import type { ModelInfo } from '../core/aws-port.js';

export const MODEL_PLACEHOLDER = '<MODEL_ID>';

export interface ChosenModel {
  /** The ID to invoke: an inference-profile ID (`us.anthropic…`) when the model needs one. */
  id: string;
  name: string | null;
  /** True when the list was empty and `id` is the placeholder. */
  placeholder: boolean;
  /** True when the model is only invocable through an inference profile and the ID was prefixed. */
  viaProfile: boolean;
  /** True when the model needs an inference profile but the region's prefix is unknown. */
  profileUnknown: boolean;
}

/** The cross-region inference profile prefix for a region, or null when unknown. */
export function profilePrefix(region: string): string | null {
  if (region.startsWith('us-gov-')) return 'us-gov';
  if (region.startsWith('us-')) return 'us';
  if (region.startsWith('eu-')) return 'eu';
  if (region.startsWith('ap-')) return 'apac';
  return null;
}

function usable(m: ModelInfo): boolean {
  if (m.status === 'LEGACY') return false;
  if (m.outputModalities.length > 0 && !m.outputModalities.includes('TEXT')) return false;
  if (
    m.inferenceTypes.length > 0 &&
    !m.inferenceTypes.includes('ON_DEMAND') &&
    !m.inferenceTypes.includes('INFERENCE_PROFILE')
  )
    return false;
  return true;
}

function score(m: ModelInfo): number {
  const name = `${m.modelName} ${m.modelId}`.toLowerCase();
  let s = 0;
  if (m.providerName.toLowerCase() === 'anthropic' || name.includes('claude')) s += 100;
  if (name.includes('sonnet')) s += 20;
  else if (name.includes('haiku')) s += 10;
  else if (name.includes('opus')) s += 5;
  return s;
}

/** A release date in the model ID (`…-20250929-v1:0`), for "newest first". */
function dateOf(m: ModelInfo): string {
  return /(20\d{6})/.exec(m.modelId)?.[1] ?? '';
}

/** The ID to invoke `model` with in `region`. */
export function invocationId(
  model: ModelInfo,
  region: string,
): { id: string; viaProfile: boolean; profileUnknown: boolean } {
  const needsProfile =
    model.inferenceTypes.length > 0 &&
    !model.inferenceTypes.includes('ON_DEMAND') &&
    model.inferenceTypes.includes('INFERENCE_PROFILE');
  if (!needsProfile) return { id: model.modelId, viaProfile: false, profileUnknown: false };
  const prefix = profilePrefix(region);
  if (prefix === null) return { id: model.modelId, viaProfile: false, profileUnknown: true };
  return { id: `${prefix}.${model.modelId}`, viaProfile: true, profileUnknown: false };
}

/** Picks the model for the snippets: an active Anthropic Claude model (Sonnet, newest) when there is one. */
export function chooseModel(models: ModelInfo[], region: string): ChosenModel {
  const candidates = models.filter(usable);
  const pool = candidates.length > 0 ? candidates : models;
  const best = [...pool].sort(
    (a, b) => score(b) - score(a) || dateOf(b).localeCompare(dateOf(a)) || b.modelId.localeCompare(a.modelId),
  )[0];
  if (!best)
    return { id: MODEL_PLACEHOLDER, name: null, placeholder: true, viaProfile: false, profileUnknown: false };
  return { ...invocationId(best, region), name: best.modelName, placeholder: false };
}

/** Model IDs go in the URL path: `:` and anything else outside the unreserved set is percent-encoded. */
export function encodeModelId(id: string): string {
  return id === MODEL_PLACEHOLDER ? id : encodeURIComponent(id);
}

const BODY = `'{"messages":[{"role":"user","content":[{"text":"Hello"}]}]}'`;

export function curlBearer(modelId: string): string {
  return [
    `curl -sS "https://bedrock-runtime.\${AWS_REGION}.amazonaws.com/model/${encodeModelId(modelId)}/converse" \\`,
    `  -H "Authorization: Bearer $AWS_BEARER_TOKEN_BEDROCK" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${BODY}`,
  ].join('\n');
}

/** Access keys sign requests with SigV4; curl 7.75+ does that itself. */
export function curlSigV4(modelId: string): string {
  return [
    `curl -sS "https://bedrock-runtime.\${AWS_REGION}.amazonaws.com/model/${encodeModelId(modelId)}/converse" \\`,
    `  --aws-sigv4 "aws:amz:\${AWS_REGION}:bedrock" \\`,
    `  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${BODY}`,
  ].join('\n');
}

export function pythonConverse(modelId: string, region: string, bearer: boolean): string {
  return [
    bearer
      ? 'pip install -U boto3   # recent boto3 reads AWS_BEARER_TOKEN_BEDROCK'
      : 'pip install -U boto3   # reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY',
    "python3 - <<'PY'",
    'import boto3',
    `client = boto3.client("bedrock-runtime", region_name="${region}")`,
    'response = client.converse(',
    `    modelId="${modelId}",`,
    '    messages=[{"role": "user", "content": [{"text": "Hello"}]}],',
    ')',
    'print(response["output"]["message"]["content"][0]["text"])',
    'PY',
  ].join('\n');
}

export function typescriptConverse(modelId: string, bearer: boolean): string {
  return [
    bearer
      ? '// npm install @aws-sdk/client-bedrock-runtime   (recent versions read AWS_BEARER_TOKEN_BEDROCK)'
      : '// npm install @aws-sdk/client-bedrock-runtime   (reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)',
    'import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";',
    '',
    'const client = new BedrockRuntimeClient({ region: process.env.AWS_REGION });',
    'const response = await client.send(new ConverseCommand({',
    `  modelId: "${modelId}",`,
    '  messages: [{ role: "user", content: [{ text: "Hello" }] }],',
    '}));',
    'console.log(response.output?.message?.content?.[0]?.text);',
  ].join('\n');
}

/** Long-running apps with their own AWS credentials mint fresh tokens themselves (signed locally). */
export function autoRefreshTypescript(modelId: string, region: string, ttlSeconds: number): string {
  return [
    '// npm install @aws/bedrock-token-generator @aws-sdk/client-bedrock-runtime',
    'import { getTokenProvider } from "@aws/bedrock-token-generator";',
    'import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";',
    '',
    "// Signs with the app's own AWS credentials (default chain); no network call.",
    `const provideToken = getTokenProvider({ region: "${region}", expiresInSeconds: ${ttlSeconds} });`,
    '',
    'export async function ask(text: string) {',
    '  process.env.AWS_BEARER_TOKEN_BEDROCK = await provideToken(); // a fresh token for each client',
    `  const client = new BedrockRuntimeClient({ region: "${region}" });`,
    '  const response = await client.send(new ConverseCommand({',
    `    modelId: "${modelId}",`,
    '    messages: [{ role: "user", content: [{ text }] }],',
    '  }));',
    '  return response.output?.message?.content?.[0]?.text;',
    '}',
  ].join('\n');
}

export function autoRefreshPython(modelId: string, region: string, ttlSeconds: number): string {
  return [
    '# pip install aws-bedrock-token-generator boto3',
    'import os',
    'from datetime import timedelta',
    'import boto3',
    'from aws_bedrock_token_generator import provide_token',
    '',
    'def ask(text):',
    "    # Signed locally with the app's own AWS credentials: call it for each client.",
    `    os.environ["AWS_BEARER_TOKEN_BEDROCK"] = provide_token(region="${region}", expiry=timedelta(${pythonTimedelta(ttlSeconds)}))`,
    `    client = boto3.client("bedrock-runtime", region_name="${region}")`,
    `    response = client.converse(modelId="${modelId}", messages=[{"role": "user", "content": [{"text": text}]}])`,
    '    return response["output"]["message"]["content"][0]["text"]',
  ].join('\n');
}

function pythonTimedelta(seconds: number): string {
  if (seconds % 3600 === 0) return `hours=${seconds / 3600}`;
  if (seconds % 60 === 0) return `minutes=${seconds / 60}`;
  return `seconds=${seconds}`;
}
