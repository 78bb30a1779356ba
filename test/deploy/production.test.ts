/**
 * The production artifacts a platform team copies (docker-compose.yml, deploy/k8s/): checked
 * statically against what the code needs (no Docker engine or cluster here): settings the config
 * loader really reads, the probe paths the bot serves, a non-root user, secrets only by reference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const root = join(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

/** The settings the config loader's schema reads (the only reader of process.env). */
function loaderSettings(): Set<string> {
  const loader = read('src/config/load-config.ts');
  const start = loader.indexOf('const schema = v.object({');
  const block = loader.slice(start, loader.indexOf('});', start));
  return new Set([...block.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1] ?? ''));
}
const SETTINGS = loaderSettings();
const knownSetting = (name: string): boolean => SETTINGS.has(name) || /^AWS_/.test(name);

/** The paths the bot answers on PORT (src/app/health-server.ts). */
const served = read('src/app/health-server.ts');

interface K8sObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  resources?: string[];
}

const k8sFiles = readdirSync(join(root, 'deploy/k8s')).filter((f) => f.endsWith('.yaml'));
const objects = k8sFiles.flatMap((file) =>
  parseAllDocuments(read(`deploy/k8s/${file}`)).map((doc) => ({ file, object: doc.toJS() as K8sObject })),
);
const one = (kind: string): K8sObject => {
  const found = objects.filter((o) => o.object.kind === kind && o.file !== 'secret.example.yaml');
  expect(found, kind).toHaveLength(1);
  return (found[0] as { object: K8sObject }).object;
};

interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  ports: Array<{ name: string; containerPort: number }>;
  env: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }>;
  envFrom: Array<{ configMapRef?: { name: string } }>;
  livenessProbe: Probe;
  readinessProbe: Probe;
  startupProbe?: Probe;
  securityContext: {
    allowPrivilegeEscalation: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop: string[] };
  };
}
interface PodSpec {
  serviceAccountName: string;
  securityContext: { runAsNonRoot: boolean; runAsUser: number };
  containers: Container[];
}

describe('deploy/k8s', () => {
  const deployment = one('Deployment');
  const spec = deployment.spec as {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    strategy: { rollingUpdate: { maxUnavailable: number } };
    template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
  const pod = spec.template.spec;
  const [bot] = pod.containers as [Container];

  it('kustomization lists every manifest except the secret example', () => {
    const kustomization = objects.find((o) => o.file === 'kustomization.yaml')?.object;
    expect([...(kustomization?.resources ?? [])].sort()).toEqual(
      k8sFiles.filter((f) => !['kustomization.yaml', 'secret.example.yaml'].includes(f)).sort(),
    );
  });

  it('runs two replicas that roll without ever dropping below two', () => {
    expect(spec.replicas).toBeGreaterThanOrEqual(2);
    expect(spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    expect(spec.template.metadata.labels).toMatchObject(spec.selector.matchLabels);
  });

  it('probes the endpoints the bot serves: liveness /healthz, readiness /readyz, on the PORT it listens on', () => {
    expect(bot.livenessProbe.httpGet.path).toBe('/healthz');
    expect(bot.readinessProbe.httpGet.path).toBe('/readyz');
    expect(bot.startupProbe?.httpGet.path).toBe('/healthz');
    for (const path of ['/healthz', '/readyz', '/metrics']) expect(served).toContain(`'${path}'`);
    const port = bot.ports.find((p) => p.name === bot.readinessProbe.httpGet.port);
    expect(port?.containerPort).toBe(3000);
    expect(bot.env.find((e) => e.name === 'PORT')?.value).toBe(String(port?.containerPort));
    const annotations = (spec.template.metadata as { annotations?: Record<string, string> }).annotations;
    expect(annotations?.['prometheus.io/path']).toBe('/metrics');
  });

  it('runs as the image’s non-root user, without privilege escalation or capabilities', () => {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBe(1000); // the node user of the node:22 image (USER node)
    expect(read('Dockerfile')).toMatch(/^USER node$/m);
    expect(bot.securityContext.allowPrivilegeEscalation).toBe(false);
    expect(bot.securityContext.capabilities?.drop).toEqual(['ALL']);
  });

  it('reads only settings the config loader knows; tokens and the database URL come from Secrets', () => {
    const configMap = one('ConfigMap');
    for (const name of [...bot.env.map((e) => e.name), ...Object.keys(configMap.data ?? {})])
      expect(knownSetting(name), name).toBe(true);
    expect(bot.envFrom.map((e) => e.configMapRef?.name)).toContain(configMap.metadata.name);
    const secrets = objects.filter((o) => o.file === 'secret.example.yaml').map((o) => o.object);
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'DATABASE_URL']) {
      const ref = bot.env.find((e) => e.name === name)?.valueFrom?.secretKeyRef;
      expect(ref, name).toBeDefined();
      const secret = secrets.find((s) => s.metadata.name === ref?.name);
      expect(Object.keys(secret?.stringData ?? {}), name).toContain(ref?.key);
      expect(JSON.stringify(configMap.data)).not.toMatch(/xox[bp]-|xapp-|postgres:\/\//);
    }
  });

  it('uses an IAM role through its service account (IRSA), not keys', () => {
    const account = one('ServiceAccount');
    expect(pod.serviceAccountName).toBe(account.metadata.name);
    expect(account.metadata.annotations?.['eks.amazonaws.com/role-arn']).toMatch(
      /^arn:aws:iam::\d{12}:role\/.+/,
    );
    const everything = k8sFiles.map((f) => read(`deploy/k8s/${f}`)).join('\n');
    expect(everything).not.toMatch(/AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY/);
  });

  it('a Service and a PodDisruptionBudget select the same pods', () => {
    const labels = spec.template.metadata.labels;
    const service = one('Service').spec as {
      selector: Record<string, string>;
      ports: Array<{ targetPort: string }>;
    };
    expect(labels).toMatchObject(service.selector);
    expect(service.ports[0]?.targetPort).toBe('http');
    const pdb = one('PodDisruptionBudget').spec as {
      minAvailable: number;
      selector: { matchLabels: Record<string, string> };
    };
    expect(labels).toMatchObject(pdb.selector.matchLabels);
    expect(pdb.minAvailable).toBeLessThan(spec.replicas);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as {
    services: Record<
      string,
      {
        image?: string;
        build?: string;
        environment?: Record<string, string>;
        depends_on?: Record<string, { condition: string }>;
        deploy?: { replicas: number };
        volumes?: string[];
        healthcheck?: unknown;
      }
    >;
    volumes: Record<string, unknown>;
  };
  const { bot, postgres } = compose.services as Required<typeof compose.services>;

  it('runs two bot replicas built from the Dockerfile on one PostgreSQL, whose data is on a volume', () => {
    expect(bot?.build).toBe('.');
    expect(bot?.deploy?.replicas).toBe(2);
    expect(postgres?.image).toMatch(/^postgres:\d+/);
    const [volume] = (postgres?.volumes?.[0] ?? '').split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(postgres?.healthcheck).toBeDefined();
    expect(bot?.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('points DATABASE_URL at that PostgreSQL, with the password from .env, and sets only known settings', () => {
    const url = bot?.environment?.DATABASE_URL ?? '';
    expect(url).toMatch(/^postgres:\/\/bedrock:\$\{POSTGRES_PASSWORD[^}]*\}@postgres:5432\/bedrock_bot$/);
    expect(postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD/);
    for (const name of Object.keys(bot?.environment ?? {})) expect(knownSetting(name), name).toBe(true);
    expect(read('.env.example')).toContain('POSTGRES_PASSWORD');
  });
});
