/**
 * Copy-paste snippets for people who just got credentials. Each one runs as printed (tests execute
 * them with the real clients against a local endpoint that checks what Bedrock checks):
 *  - curl with a bearer token (the Converse API, model ID percent-encoded in the path),
 *  - the AWS CLI for access keys (it signs SigV4 itself: curl 7.x's --aws-sigv4 signs the path
 *    without the second encoding AWS expects for a model ID with ':' in it),
 *  - Python with boto3 in a virtual environment (Debian and Ubuntu refuse `pip install` into the
 *    system Python),
 *  - JavaScript (ESM, Node 18+) with the AWS SDK v3, and a long-running variant whose token the
 *    client refreshes itself,
 *  - the Anthropic SDK (AnthropicBedrock reads AWS_BEARER_TOKEN_BEDROCK),
 *  - Claude Code (CLAUDE_CODE_USE_BEDROCK=1).
 * Plain text: callers put them in code blocks. The model ID always comes from the Region's
 * catalogue (core/model-catalog.ts).
 */
import type { ModelCatalog } from '../core/model-catalog.js';

export const MODEL_PLACEHOLDER = '<MODEL_ID>';

export interface ChosenModel {
  /** The ID to invoke: the model's own, or an inference profile's (`us.anthropic…`, `global.…`). */
  id: string;
  name: string | null;
  /** True when nothing can be called in the Region and `id` is the placeholder. */
  placeholder: boolean;
  route: 'on-demand' | 'geo-profile' | 'global-profile' | null;
}

/** The model the snippets use: the catalogue's default, or the placeholder. */
export function chosenModel(catalog: ModelCatalog): ChosenModel {
  const m = catalog.defaultModel;
  if (m === null) return { id: MODEL_PLACEHOLDER, name: null, placeholder: true, route: null };
  return { id: m.invokeId, name: m.modelName, placeholder: false, route: m.route };
}

/** Model IDs go in the URL path: `:` and anything else outside the unreserved set is percent-encoded. */
export function encodeModelId(id: string): string {
  return id === MODEL_PLACEHOLDER ? id : encodeURIComponent(id);
}

/** The Bedrock runtime endpoint of the Region in $AWS_REGION, as a shell string. */
export const RUNTIME_ORIGIN_SHELL = 'https://bedrock-runtime.${AWS_REGION}.amazonaws.com';

const BODY = `'{"messages":[{"role":"user","content":[{"text":"Hello"}]}]}'`;

export function curlBearer(modelId: string): string {
  return [
    `curl -sS "${RUNTIME_ORIGIN_SHELL}/model/${encodeModelId(modelId)}/converse" \\`,
    `  -H "Authorization: Bearer $AWS_BEARER_TOKEN_BEDROCK" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${BODY}`,
  ].join('\n');
}

/** Access keys: the AWS CLI signs the request (SigV4) from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. */
export function awsCliConverse(modelId: string): string {
  return [
    `aws bedrock-runtime converse --region "$AWS_REGION" \\`,
    `  --model-id '${modelId}' \\`,
    `  --messages '[{"role":"user","content":[{"text":"Hello"}]}]' \\`,
    `  --query 'output.message.content[0].text' --output text`,
  ].join('\n');
}

export function pythonConverse(modelId: string, bearer: boolean): string {
  return [
    '# A virtual environment: Debian/Ubuntu refuse pip installs into the system Python',
    '# (no venv module? sudo apt install python3-venv)',
    'python3 -m venv ~/.venvs/bedrock && ~/.venvs/bedrock/bin/pip install -q -U boto3',
    "~/.venvs/bedrock/bin/python - <<'PY'",
    'import os',
    'import boto3',
    bearer
      ? '# boto3 1.39+ uses AWS_BEARER_TOKEN_BEDROCK by itself'
      : '# boto3 reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY',
    'client = boto3.client("bedrock-runtime", region_name=os.environ["AWS_REGION"])',
    'response = client.converse(',
    `    modelId="${modelId}",`,
    '    messages=[{"role": "user", "content": [{"text": "Hello"}]}],',
    ')',
    'print(response["output"]["message"]["content"][0]["text"])',
    'PY',
  ].join('\n');
}

export function javascriptConverse(modelId: string, bearer: boolean): string {
  return [
    '// bedrock.mjs (ESM, Node 18+): npm install @aws-sdk/client-bedrock-runtime && node bedrock.mjs',
    bearer
      ? '// The SDK uses AWS_BEARER_TOKEN_BEDROCK by itself.'
      : '// The SDK reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.',
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

export function anthropicSdk(modelId: string): string {
  return [
    '// claude.mjs: npm install @anthropic-ai/bedrock-sdk && node claude.mjs',
    '// AnthropicBedrock uses AWS_BEARER_TOKEN_BEDROCK (or AWS credentials) and AWS_REGION.',
    'import { AnthropicBedrock } from "@anthropic-ai/bedrock-sdk";',
    '',
    'const client = new AnthropicBedrock();',
    'const message = await client.messages.create({',
    `  model: "${modelId}",`,
    '  max_tokens: 256,',
    '  messages: [{ role: "user", content: "Hello" }],',
    '});',
    'console.log(message.content[0].text);',
  ].join('\n');
}

/** Claude Code on Bedrock: it reads the same variables as the exports above. */
export function claudeCode(modelId: string): string {
  return [
    'export CLAUDE_CODE_USE_BEDROCK=1',
    ...(modelId === MODEL_PLACEHOLDER ? [] : [`export ANTHROPIC_MODEL='${modelId}'`]),
    'claude',
  ].join('\n');
}

/**
 * Long-running apps with their own AWS credentials: the client asks for a fresh token (signed
 * locally, no network call) whenever the last one is about to expire.
 */
export function autoRefreshJavascript(region: string, modelId: string, ttlSeconds: number): string {
  return [
    '// app.mjs: npm install @aws/bedrock-token-generator @aws-sdk/client-bedrock-runtime',
    'import { getTokenProvider } from "@aws/bedrock-token-generator";',
    'import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";',
    '',
    `const region = "${region}";`,
    `const ttlSeconds = ${ttlSeconds};`,
    "// Signs with the app's own AWS credentials (default chain).",
    'const provideToken = getTokenProvider({ region, expiresInSeconds: ttlSeconds });',
    'const client = new BedrockRuntimeClient({',
    '  region,',
    '  authSchemePreference: ["httpBearerAuth"],',
    '  // Called again when the token is about to expire: the client refreshes it itself.',
    '  token: async () => ({',
    '    token: await provideToken(),',
    '    expiration: new Date(Date.now() + ttlSeconds * 1000),',
    '  }),',
    '});',
    '',
    'export async function ask(text) {',
    '  const response = await client.send(new ConverseCommand({',
    `    modelId: "${modelId}",`,
    '    messages: [{ role: "user", content: [{ text }] }],',
    '  }));',
    '  return response.output?.message?.content?.[0]?.text;',
    '}',
    '',
    'console.log(await ask("Hello"));',
  ].join('\n');
}
