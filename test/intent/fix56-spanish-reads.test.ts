/**
 * Round fifty-six, fix56 esreads (Spanish questions and reads): any ordinary Spanish question to the bot, typed as phones
 * type it (no accents, no opening "¿"), read as its English would be, by pattern (spanish-questions.ts): a question word,
 * a verb form and one of our nouns. Every row is one of the fixer's own sentences, in several national varieties, written
 * before the change (53 of these 100 were read exactly before, 99 after; 0 of the 14 written after the first pass, 14 after); the non-requests of the trades that share the
 * words (temperatures' history, oat milk spent on, football teams, a shopping list, units of stock, blender models, the
 * electricity bill) are never acted on and are not read as our reads.
 */
import { describe } from 'vitest';
import { exactly, neverActs } from './acted.js';
describe("list: which teams or units have keys, how many there are, which are mine, 'pasame el listado' (spanish-questions.ts)", () => {
  exactly([
    { text: 'qué equipos tienen keys ahora mismo?', intent: 'list' },
    { text: 'que unidades tienen llaves de bedrock?', intent: 'list' },
    { text: 'cuantas unidades hay?', intent: 'list' },
    { text: 'cuántas unidades tenemos registradas en el bot?', intent: 'list' },
    { text: 'qué unidades son mías?', intent: 'list', owner: 'me' },
    { text: 'cuales unidades son mias?', intent: 'list', owner: 'me' },
    { text: 'pasame el listado de unidades porfa', intent: 'list' },
    { text: 'me pasas el listado de equipos?', intent: 'list' },
    { text: 'que unidades existen hoy en bedrock', intent: 'list' },
    { text: 'cuáles unidades tengo yo?', intent: 'list', owner: 'me' },
  ]);
});

describe('details: whether a unit has a key yet, its status, how old it is, when its keys expire, what we have for it', () => {
  exactly([
    { text: 'la unidad pagos-cl ya tiene key o todavía no?', intent: 'details', businessUnit: 'pagos-cl' },
    {
      text: '¿el equipo `inventario-norte` tiene key o no?',
      intent: 'details',
      businessUnit: 'inventario-norte',
    },
    {
      text: 'qué estado tiene la key de nomina-ar? sigue activa?',
      intent: 'details',
      businessUnit: 'nomina-ar',
    },
    { text: 'en que estado esta la llave de envios-pe?', intent: 'details', businessUnit: 'envios-pe' },
    { text: 'cuándo expiran las keys de reportes-uy?', intent: 'details', businessUnit: 'reportes-uy' },
    { text: 'cuando vencen las llaves de cobranzas-mx?', intent: 'details', businessUnit: 'cobranzas-mx' },
    { text: 'que tenemos para bodega-central?', intent: 'details', businessUnit: 'bodega-central' },
    { text: 'qué hay para soporte-bo? keys o algo', intent: 'details', businessUnit: 'soporte-bo' },
    { text: 'ver detalles de cobranzas-mx', intent: 'details', businessUnit: 'cobranzas-mx' },
    { text: 'que tan vieja es la key de nomina-ar?', intent: 'details', businessUnit: 'nomina-ar' },
    { text: 'qué tan nueva es la llave de pagos-cl', intent: 'details', businessUnit: 'pagos-cl' },
    {
      text: 'qué tan cerca de vencer está la key de envios-pe?',
      intent: 'details',
      businessUnit: 'envios-pe',
    },
  ]);
});

describe("models: '¿tienen claude habilitado?', '¿está deepseek o no?', 'hay algún modelo de stability…', which models there are", () => {
  exactly([
    { text: '¿tienen claude habilitado?', intent: 'models', provider: 'anthropic' },
    { text: 'tienen llama habilitado en bedrock?', intent: 'models', provider: 'meta' },
    { text: 'oigan, está mistral?', intent: 'models', provider: 'mistral' },
    { text: 'está deepseek o no?', intent: 'models', provider: 'deepseek' },
    { text: 'hay algún modelo de stability para hacer imágenes?', intent: 'models', provider: 'stability' },
    { text: 'hay algun modelo de cohere para embeddings?', intent: 'models', provider: 'cohere' },
    { text: 'cuales modelos tienen disponibles?', intent: 'models' },
    { text: 'está disponible nova de amazon?', intent: 'models', provider: 'amazon' },
  ]);
});

describe('history: when a key was created or last rotated, what was done in a unit or by someone, the change history, tokens issued in a named month', () => {
  exactly([
    { text: 'cuándo se creó la key de pagos-cl?', intent: 'history', businessUnit: 'pagos-cl' },
    { text: 'cuando se creo la llave de envios-pe', intent: 'history', businessUnit: 'envios-pe' },
    {
      text: 'cuándo fue la última rotación de la key de nomina-ar?',
      intent: 'history',
      businessUnit: 'nomina-ar',
    },
    {
      text: 'cuando fue la ultima vez que se roto la key de cobranzas-mx?',
      intent: 'history',
      businessUnit: 'cobranzas-mx',
    },
    {
      text: 'qué se hizo en reportes-uy el mes pasado?',
      intent: 'history',
      businessUnit: 'reportes-uy',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'que paso con bodega-central la semana pasada?',
      intent: 'history',
      businessUnit: 'bodega-central',
      period: { kind: 'days', days: 7 },
    },
    { text: 'qué hizo <@U07ABCDEF> en pagos-cl?', intent: 'history', businessUnit: 'pagos-cl' },
    {
      text: 'que hizo lucia.perez@empresa.com en nomina-ar este mes?',
      intent: 'history',
      businessUnit: 'nomina-ar',
      period: { kind: 'month', monthsAgo: 0 },
    },
    { text: 'quién rotó la key de envios-pe?', intent: 'history', businessUnit: 'envios-pe' },
    { text: 'quien revocó las llaves de soporte-bo?', intent: 'history', businessUnit: 'soporte-bo' },
    {
      text: 'historial de cambios de las llaves del último mes',
      intent: 'history',
      period: { kind: 'days', days: 30 },
    },
    {
      text: 'tokens emitidos a ana.gomez@empresa.com en octubre',
      intent: 'history',
      owner: 'ana.gomez@empresa.com',
      period: { kind: 'named-month', month: 10, year: null },
    },
    {
      text: 'tokens emitidos a <@U08QWERTY> en marzo',
      intent: 'history',
      owner: 'U08QWERTY',
      period: { kind: 'named-month', month: 3, year: null },
    },
    {
      text: 'quién creó la key de inventario-norte y cuándo?',
      intent: 'history',
      businessUnit: 'inventario-norte',
    },
  ]);
});

describe("spend: money spent on AI in the words of several countries, the AI bill, 'último mes' (the last 30 days), a purpose told after it names no unit", () => {
  exactly([
    {
      text: 'cuánta plata se gastó en IA la semana pasada?',
      intent: 'spend',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'cuanto se gasto en bedrock el mes pasado',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: 'cuánto se fue en IA este mes?', intent: 'spend', period: { kind: 'month', monthsAgo: 0 } },
    {
      text: 'cuanto dinero se fue en inteligencia artificial en septiembre?',
      intent: 'spend',
      period: { kind: 'named-month', month: 9, year: null },
    },
    {
      text: 'factura de IA de pagos-cl, último mes',
      intent: 'spend',
      businessUnit: 'pagos-cl',
      period: { kind: 'days', days: 30 },
    },
    {
      text: 'la factura de bedrock de envios-pe del mes pasado',
      intent: 'spend',
      businessUnit: 'envios-pe',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'gasto de IA del mes pasado x favor, lo necesito pa la reunión del directorio',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'cuánto gastó nomina-ar en los últimos 7 días?',
      intent: 'spend',
      businessUnit: 'nomina-ar',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'cuanto nos está costando la IA este mes?',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 0 },
    },
    {
      text: 'cuanta lana se gasto en bedrock en agosto',
      intent: 'spend',
      period: { kind: 'named-month', month: 8, year: null },
    },
    {
      text: 'cuánta guita se fue en IA la semana pasada, che?',
      intent: 'spend',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'costo de IA de cobranzas-mx en los ultimos 30 dias',
      intent: 'spend',
      businessUnit: 'cobranzas-mx',
      period: { kind: 'days', days: 30 },
    },
  ]);
});

describe('help with its topic: limits, approvals, key kinds, what a command shows, what happens if, how to rotate or revoke', () => {
  exactly([
    { text: 'qué modelos puedo usar con mi token?', intent: 'help', topic: 'models' },
    { text: 'que modelos puedo llamar con el token?', intent: 'help', topic: 'models' },
    { text: 'cuantas horas como maximo puede durar un token?', intent: 'help', topic: 'limits' },
    { text: 'cuál es la duración máxima de un token?', intent: 'help', topic: 'limits' },
    { text: 'cuántas keys puede tener un equipo como máximo?', intent: 'help', topic: 'limits' },
    { text: 'hay un límite de keys por unidad?', intent: 'help', topic: 'limits' },
    { text: 'cuánto tarda en aprobarse una key?', intent: 'help', topic: 'approvals' },
    { text: 'cuanto demoran en aprobar una llave normalmente?', intent: 'help', topic: 'approvals' },
    { text: 'a quién le escribo para que aprueben mi key?', intent: 'help', topic: 'approvals' },
    { text: 'cómo funciona la aprobación de las keys?', intent: 'help', topic: 'approvals' },
    { text: 'quien aprueba las api keys?', intent: 'help', topic: 'approvals', keyKind: 'api-key' },
    {
      text: 'una api key de corto plazo o una de largo plazo, cuál me conviene?',
      intent: 'help',
      topic: 'key-kinds',
      keyKind: 'api-key',
    },
    { text: 'qué diferencia hay entre una api key y una access key?', intent: 'help', topic: 'key-kinds' },
    { text: 'qué muestra el comando details?', intent: 'help', topic: 'details' },
    { text: 'que muestra history?', intent: 'help', topic: 'history' },
    { text: 'el historial muestra quién pidió cada key?', intent: 'help', topic: 'history' },
    { text: 'se puede filtrar el historial por unidad?', intent: 'help', topic: 'history' },
    { text: 'qué pasa si hago deprovision de una unidad?', intent: 'help', topic: 'deprovision' },
    { text: 'que pasa si revoco una key por error?', intent: 'help', topic: 'revoke' },
    { text: 'cómo roto una key?', intent: 'help', topic: 'rotate' },
    { text: 'como hago para rotar una llave?', intent: 'help', topic: 'rotate' },
    { text: 'cómo se revoca una key?', intent: 'help', topic: 'revoke' },
  ]);
});

describe("non-requests in the trades' senses of the same words: read as nothing asked, never acted on", () => {
  exactly([
    { text: 'historial de temperaturas de la cámara de frío 2', intent: 'unknown' },
    { text: 'historial de pedidos del cliente Ramírez', intent: 'unknown' },
    { text: 'cuánto gastamos en leche de avena el mes pasado?', intent: 'unknown' },
    { text: 'cuanto se gasto en harina esta semana', intent: 'unknown' },
    { text: 'qué equipos juegan hoy?', intent: 'unknown' },
    { text: 'que equipos juegan el clasico el domingo?', intent: 'unknown' },
    { text: 'la lista de compras para el sábado', intent: 'unknown' },
    { text: 'pasame la lista de proveedores de verduras', intent: 'unknown' },
    { text: 'cuántas unidades de pan quedan?', intent: 'unknown' },
    { text: 'cuántas unidades de queso pedimos al proveedor?', intent: 'unknown' },
    { text: 'qué modelos de licuadora tienen en oferta?', intent: 'unknown' },
    { text: 'cuando se creo la cuenta de instagram del local?', intent: 'unknown' },
    { text: 'quién rotó los turnos de la semana?', intent: 'unknown' },
    { text: 'cuándo expira el contrato del alquiler?', intent: 'unknown' },
    { text: 'qué tan vieja es la heladera del depósito?', intent: 'unknown' },
    { text: 'la factura de la luz del mes pasado llegó altísima', intent: 'unknown' },
    { text: 'cuánta plata se fue en el asado del viernes jaja', intent: 'unknown' },
    { text: 'qué estado tiene el pedido de cajas?', intent: 'unknown' },
    { text: 'quién tiene las llaves del depósito?', intent: 'unknown' },
    { text: 'está abierto el mercado hoy?', intent: 'unknown' },
    { text: 'que hizo Pablo en la cocina ayer? quedo todo sucio', intent: 'unknown' },
  ]);
  neverActs([
    'historial de temperaturas de la cámara de frío 2',
    'historial de pedidos del cliente Ramírez',
    'cuánto gastamos en leche de avena el mes pasado?',
    'cuanto se gasto en harina esta semana',
    'qué equipos juegan hoy?',
    'que equipos juegan el clasico el domingo?',
    'la lista de compras para el sábado',
    'pasame la lista de proveedores de verduras',
    'cuántas unidades de pan quedan?',
    'cuántas unidades de queso pedimos al proveedor?',
    'qué modelos de licuadora tienen en oferta?',
    'cuando se creo la cuenta de instagram del local?',
    'quién rotó los turnos de la semana?',
    'cuándo expira el contrato del alquiler?',
    'qué tan vieja es la heladera del depósito?',
    'la factura de la luz del mes pasado llegó altísima',
    'cuánta plata se fue en el asado del viernes jaja',
    'qué estado tiene el pedido de cajas?',
    'quién tiene las llaves del depósito?',
    'está abierto el mercado hoy?',
    'que hizo Pablo en la cocina ayer? quedo todo sucio',
    'qué pasa si llueve el sábado, hacemos el evento igual?',
  ]);
});

describe('more of the same kinds, written after the first pass (question word last, "hace cuánto", "tenés habilitado", "nos salió", "dónde veo"), and their look-alikes', () => {
  exactly([
    {
      text: 'cuántos tokens se emitieron este mes?',
      intent: 'history',
      period: { kind: 'month', monthsAgo: 0 },
    },
    { text: 'hace cuanto se roto la key de pagos-cl?', intent: 'history', businessUnit: 'pagos-cl' },
    { text: 'tenés habilitado claude?', intent: 'models', provider: 'anthropic' },
    {
      text: 'cuánta plata llevamos gastada en IA este mes?',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 0 },
    },
    {
      text: 'cuánto nos salió bedrock en septiembre?',
      intent: 'spend',
      period: { kind: 'named-month', month: 9, year: null },
    },
    { text: 'a quién le pido que me aprueben la key?', intent: 'help', topic: 'approvals' },
    { text: 'ver key #4 de envios-pe', intent: 'details', businessUnit: 'envios-pe', invalid: ['keyId'] },
    { text: 'las llaves del Equipo Norte cuándo vencen?', intent: 'details', businessUnit: 'norte' },
    { text: 'cuanto es lo maximo que puede durar un token?', intent: 'help', topic: 'limits' },
    { text: 'dónde veo el historial de mi unidad?', intent: 'help', topic: 'history' },
    { text: 'cuánto nos salió el asado del sábado?', intent: 'unknown' },
    { text: 'cuándo vence el seguro del camión?', intent: 'unknown' },
    {
      text: 'consumo de IA de cobranzas-mx el mes pasado',
      intent: 'spend',
      businessUnit: 'cobranzas-mx',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: 'q tan vieja esta la llave de cobranzas-mx', intent: 'details', businessUnit: 'cobranzas-mx' },
  ]);
  neverActs(['cuánto nos salió el asado del sábado?', 'cuándo vence el seguro del camión?']);
  exactly([
    { text: 'qué unidades tengo a mi nombre?', intent: 'list', owner: 'me' },
    { text: 'la llave de bodega-central sigue vigente?', intent: 'details', businessUnit: 'bodega-central' },
    { text: 'para qué sirve el comando history?', intent: 'help', topic: 'history' },
    { text: 'cuántas unidades vendimos ayer?', intent: 'unknown' },
    { text: 'qué hicieron en soporte-bo ayer?', intent: 'history', businessUnit: 'soporte-bo' },
    { text: 'se puede tener más de una key por unidad?', intent: 'help', topic: 'limits' },
    {
      text: 'hay que pedir aprobación para una api key?',
      intent: 'help',
      topic: 'approvals',
      keyKind: 'api-key',
    },
    { text: 'hay que pedir aprobación para las vacaciones?', intent: 'unknown' },
    { text: 'qué hicieron en la fiesta?', intent: 'unknown' },
    { text: 'cuántas unidades de empanadas quedan en el freezer?', intent: 'unknown' },
  ]);
});
