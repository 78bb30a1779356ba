/**
 * Round fifty-three, fix53a (tuned-vineyards): the Iberian Romance languages read as kinds, not as the data file's
 * sentences. Rioplatense and Chilean "voseo" imperatives and the clitic forms ("revocá", "rotala", "pasame", "pará"),
 * the other verbs of replacing, rotating and tearing down in Spanish, Catalan and Portuguese ("reemplaza", "gireu",
 * "esborra", "retira a chave", "desmantela o"); a request taken back with the reason the thing is still used ("déjala,
 * que la usa el robot de la línea 2"); and the third-person questions about a unit ("qué tiene X", "cuánto le queda a
 * la clave de X", "cuánto nos está costando X", "qué hizo <@U…> con las claves de X"). Sentences of our own, not the
 * data file's, and look-alikes not acted on.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, reads, slots } from './acted.js';

describe('imperatives in every person and the voseo (es, ca, pt)', () => {
  reads([
    ['revocá la clave de bodega-web, porfa', 'revoke', 'bodega-web'],
    ['borrá la key de catas-2025 que ya no se usa', 'revoke', 'catas-2025'],
    ['reemplaza la clave de etiquetas-pt, se filtró', 'rotate', 'etiquetas-pt'],
    ['sustituid la clave del crm-export', 'rotate', 'crm-export'],
    ['rotala ya a la de tienda-online', 'rotate', 'tienda-online'],
    ['gireu la clau de vinya-sensors, si us plau', 'rotate', 'vinya-sensors'],
    ['esborra la unitat celler-vell del tot', 'deprovision', 'celler-vell'],
    ['retira a chave do loja-online, por favor', 'revoke', 'loja-online'],
    ['desmantela a unidade adega-velha, já não a usamos', 'deprovision', 'adega-velha'],
    ['pará la clave de bodega-web, alguien la usa desde afuera', 'revoke', 'bodega-web'],
  ]);
  slots([
    ['pasame un token de 2 horas que tengo que revisar las etiquetas', { intent: 'token', ttlSeconds: 7200 }],
    ['dame un token de 4 horas, tengo que cerrar el inventario', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  // (Round fifty-three's closing retrain moved "me pasás un token de 45 minutos?" from the token to the classifier's
  // doubt: the fixers glossed the Spanish token questions of the training texts whose language is seen into English,
  // and the raw Spanish question lost its support. Held here to the 45-minute token or nothing acted on, never another
  // action, until a rule decides the mood of a Spanish question that asks for a credential.)
  it('"me pasás un token de 45 minutos?" is the 45-minute token or nothing acted on', () => {
    const r = parseRequest('me pasás un token de 45 minutos?');
    if (r.intent === 'token') expect(r.ttlSeconds).toBe(2700);
    else expect(['unknown', 'help']).toContain(r.intent);
  });
  neverActs([
    'la clave de bodega-web la revocó Marta ayer',
    'el técnico nos pasó un token de prueba la semana pasada',
    'la botella está rota, la de la parcela 3',
  ]);
});

describe('a request taken back with the reason the thing is still used', () => {
  neverActs([
    'rota la clave de cata-ciega... no, mejor déjala, que la usa el panel de la sala 3',
    'revocá la key de precios-ml. no, pará, dejala, que la necesita el equipo de Rosario 2',
    'revoga a chave do vendas-rs... não, deixa, que a usa o parceiro 2',
    'hoy tocaba revocar la clave de ventas-web pero lo dejamos para el lunes, no hagáis nada',
  ]);
});

describe('questions about a unit in the third person', () => {
  reads([
    ['qué tiene bodega-web ahora mismo?', 'details', 'bodega-web'],
    ['cuánto le queda a la clave de precios-ml?', 'details', 'precios-ml'],
    ['cuánto nos está costando el crm-export?', 'spend', 'crm-export'],
    ['qué hizo <@U01ABCDEF> con las claves de bodega-web?', 'history', 'bodega-web'],
    ['o que tem o adega-velha? quantas chaves', 'details', 'adega-velha'],
  ]);
});

describe('help questions in the Romance languages: the topic of the answer', () => {
  slots([
    ['cómo veo qué equipos hay?', { intent: 'help', topic: 'list' }],
    ['com puc veure quines unitats hi ha?', { intent: 'help', topic: 'list' }],
    ['como vejo as unidades que existem?', { intent: 'help', topic: 'list' }],
    ['cómo se da de baja un equipo entero?', { intent: 'help', topic: 'deprovision' }],
    ['o desprovisionamento apaga também as chaves?', { intent: 'help', topic: 'deprovision' }],
    ['se me venció el token, se puede renovar?', { intent: 'help', topic: 'token' }],
    ['dá para renovar o token ou peço outro?', { intent: 'help', topic: 'token' }],
    ['hay un mínimo de tiempo para los tokens?', { intent: 'help', topic: 'limits' }],
    ['es lo mismo una access key que un token?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    ['publiqué mi clave en github sin darme cuenta, qué hago?', { intent: 'help', topic: 'general' }],
    ['como sei quem rotacionou a chave do adega-velha?', { intent: 'help', topic: 'history' }],
    ['cómo sé qué modelos puedo usar?', { intent: 'help', topic: 'models' }],
  ]);
  reads([['da de baja la unidad bodega-vieja', 'deprovision', 'bodega-vieja']]);
});

describe('whose units, the AI that is no unit, spans up to now, values corrected after "espera"', () => {
  slots([
    [
      'qué equipos tienen a su nombre marta.ruiz@bodega.es?',
      { intent: 'list', owner: 'marta.ruiz@bodega.es' },
    ],
    ['quines unitats són meves, si us plau?', { intent: 'list', owner: 'me' }],
    ['gasto de la IA del último trimestre por unidad', { intent: 'spend', businessUnit: null }],
    [
      'consumo de IA de las últimas 2 semanas, total',
      { intent: 'spend', businessUnit: null, period: { kind: 'days', days: 14 } },
    ],
    ['custos de IA do mês passado por unidade', { intent: 'spend', businessUnit: null }],
    [
      'gasto del crm-export en el último mes',
      { intent: 'spend', businessUnit: 'crm-export', period: { kind: 'days', days: 30 } },
    ],
    [
      'quanto gastou o loja-online no último mês?',
      { intent: 'spend', businessUnit: 'loja-online', period: { kind: 'days', days: 30 } },
    ],
    ['token de 2 horas? no, espera, 3', { intent: 'token', ttlSeconds: 10800 }],
    ['um token de 4 horas, não, espera, 6', { intent: 'token', ttlSeconds: 21600 }],
    ['preciso un token para unha hora e media', { intent: 'token', ttlSeconds: 5400 }],
  ]);
  reads([['estado de la key de bodega-web? el proveedor dice que le da error', 'details', 'bodega-web']]);
});

describe("a lock's key in Catalan, Galician and Portuguese is no credential", () => {
  slots([
    ['algú sap on són les claus del cotxe?', { intent: 'unknown' }],
    ['on són les claus de la nau?', { intent: 'unknown' }],
    ['quen ten as chaves do almacén hoxe?', { intent: 'unknown' }],
    ['onde estão as chaves da carrinha?', { intent: 'unknown' }],
    ['dónde están las llaves del tractor?', { intent: 'unknown' }],
    ['qui porta avui les claus del celler de Vilafranca?', { intent: 'unknown' }],
  ]);
  reads([['revoga a chave do armazem-ops', 'revoke', 'armazem-ops']]);
});

describe('"la de X" (the one of X): the key named again, corrected or pointed to', () => {
  reads([
    ['rotá la clave de web-tienda. no, pará, la de web-b2b', 'rotate', 'web-b2b'],
    ['borrá la key de catas-2024, perdón, la de catas-2023', 'revoke', 'catas-2023'],
    ['rota la clave de bodega-web, mejor dicho la de bodega-app', 'rotate', 'bodega-app'],
    ['revoca la de precios-ml', 'revoke', 'precios-ml'],
    ['desactivá la del crm-export', 'revoke', 'crm-export'],
  ]);
  neverActs(['la de precios-ml la rotó Juan ayer', 'el de ventas dijo que la de ellos ya está rotada']);
});

describe("a model's context and output tokens are no credential", () => {
  slots([
    ['cuántos tokens de contexto acepta llama? el pliego es enorme', { intent: 'unknown' }],
    ['qual é o limite de tokens de saída do claude? a resposta vem cortada', { intent: 'unknown' }],
    ["quants tokens d'entrada admet el mistral?", { intent: 'unknown' }],
    ['el modelo me cortó la respuesta, hay un límite de tokens de salida?', { intent: 'unknown' }],
  ]);
  slots([['hay un límite de horas para los tokens del bot?', { intent: 'help', topic: 'limits' }]]);
});

describe('the team weighing whether to ask, and expense claims, are nothing asked of the bot', () => {
  slots([
    ['¿debemos pedir una clave nueva o usamos la de ventas-web?', { intent: 'unknown' }],
    ['devemos pedir uma chave para nós ou usar a do loja-online?', { intent: 'unknown' }],
    ['hem de demanar una clau o fer servir la del celler-app?', { intent: 'unknown' }],
    ['dovremmo chiedere una chiave nuova o usare quella del team dati?', { intent: 'unknown' }],
    ['quién aprueba los viáticos del viaje a Mendoza?', { intent: 'unknown' }],
    ['sabés cuánto gastó compras-bsas en viáticos este mes?', { intent: 'unknown' }],
    ['quanto gastou a equipa comercial em ajudas de custo em março?', { intent: 'unknown' }],
  ]);
  slots([
    ['cuánto gastó compras-bsas en bedrock este mes?', { intent: 'spend', businessUnit: 'compras-bsas' }],
  ]);
});
