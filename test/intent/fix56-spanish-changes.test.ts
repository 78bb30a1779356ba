/**
 * Round fifty-six: Spanish change requests beyond the imperative. Requests said with an infinitive ("cambiar la llave
 * de X", "les pido rotar…", "solicito access key para X"), with a noun of action ("rotación de la key de X", "la baja de
 * la unidad X"), tear-down ("desmontad la unidad X", "den de baja…"), stopping a key ("detén la key de X"), and the
 * slots said in Spanish (lifetimes in words, owners "a nombre de", Regions said as cities, "*Unidad*:" forms). Beside
 * them the trades' senses that share our words (a supplier "dado de baja", a padlock's key changed, shifts rotated) and
 * plans, things told as done and questions whether to act, which must never be acted on. Sentences of our own, in
 * several national varieties, with and without accents.
 */
import { describe } from 'vitest';
import { exactly, neverActs, reads, slots } from './acted.js';

describe('infinitive requests and request frames', () => {
  reads([
    ['cambiar la llave de logistica-mx', 'rotate', 'logistica-mx'],
    ['Reemplazar la key de facturacion-co, porfa', 'rotate', 'facturacion-co'],
    ['renovar la clave de inventario-cl hoy', 'rotate', 'inventario-cl'],
    ['hola, les pido rotar la key de agenda-medica', 'rotate', 'agenda-medica'],
    ['Les pido cambiar la llave de cobranzas-pe cuanto antes', 'rotate', 'cobranzas-pe'],
    ['te pido renovar la credencial de nomina-ar', 'rotate', 'nomina-ar'],
    ['solicito access key para tesoreria-uy', 'create_key', 'tesoreria-uy'],
    ['Solicito una api key para portal-alumnos', 'create_key', 'portal-alumnos'],
    ['necesito una llave para el unit despacho-gt, 45 días', 'create_key', 'despacho-gt'],
    ['me gustaría una key de larga duración para analitica-ve', 'create_key', 'analitica-ve'],
    ['¿usted me podría crear una llave para compras-ec?', 'create_key', 'compras-ec'],
    ['usted me podria crear una key para soporte-bo?', 'create_key', 'soporte-bo'],
    ['una key tipo AKIA para el job de conciliacion-mx', 'create_key', 'conciliacion-mx'],
    ['nueva api key para tienda-online', 'create_key', 'tienda-online'],
    ['Nueva llave para ventas-py porfa', 'create_key', 'ventas-py'],
  ]);
  exactly([
    {
      text: 'solicito access key para tesoreria-uy',
      intent: 'create_key',
      businessUnit: 'tesoreria-uy',
      keyKind: 'access-key',
    },
    {
      text: 'una key tipo AKIA para el job de conciliacion-mx',
      intent: 'create_key',
      businessUnit: 'conciliacion-mx',
      keyKind: 'access-key',
    },
    {
      text: 'me gustaría una key de larga duración para analitica-ve',
      intent: 'create_key',
      businessUnit: 'analitica-ve',
      longTerm: true,
    },
    {
      text: 'necesito una llave para el unit despacho-gt, 45 días',
      intent: 'create_key',
      businessUnit: 'despacho-gt',
      expiryDays: 45,
    },
  ]);
});

describe('nouns of action', () => {
  reads([
    ['rotación de la key de pagos-mx cuando puedas', 'rotate', 'pagos-mx'],
    ['Rotacion de la llave de reportes-cl, gracias', 'rotate', 'reportes-cl'],
    ['la baja de la unidad piloto-sur', 'deprovision', 'piloto-sur'],
    ['eliminación del usuario IAM de pruebas-qa', 'deprovision', 'pruebas-qa'],
    ['eliminacion del usuario iam de demo-feria', 'deprovision', 'demo-feria'],
    ['revocación de la key de bot-ventas ya mismo', 'revoke', 'bot-ventas'],
  ]);
});

describe('tear-down and stopping a key', () => {
  reads([
    ['eliminen el usuario IAM de piloto-norte entero', 'deprovision', 'piloto-norte'],
    ['eliminen el usuario IAM de kiosco-sur entero, ya no se usa', 'deprovision', 'kiosco-sur'],
    ['desmontad la unidad prueba-madrid', 'deprovision', 'prueba-madrid'],
    ['den de baja la unidad cierre-verano', 'deprovision', 'cierre-verano'],
    ['Dé de baja la unidad kiosco-viejo, por favor', 'deprovision', 'kiosco-viejo'],
    ['detén la key de scraper-precios, el cron está quemando plata', 'revoke', 'scraper-precios'],
    ['deten la key de etl-nocturno que se está gastando todo', 'revoke', 'etl-nocturno'],
    ['para la key de bot-whatsapp, el cron está quemando plata', 'revoke', 'bot-whatsapp'],
    ['frena la llave de resumenes-ia ya, está gastando un montón', 'revoke', 'resumenes-ia'],
    ['Frená la key de chatbot-ar que se fue de presupuesto', 'revoke', 'chatbot-ar'],
  ]);
});

describe('slots said in Spanish', () => {
  exactly([
    { text: 'dame un token de 1 h y media', intent: 'token', ttlSeconds: 5400 },
    { text: 'token de 2hs y media porfa', intent: 'token', ttlSeconds: 9000 },
    {
      text: 'créame una key para agenda-citas por una semana',
      intent: 'create_key',
      businessUnit: 'agenda-citas',
      expiryDays: 7,
    },
    {
      text: 'crea una llave para encuestas-co por un mes',
      intent: 'create_key',
      businessUnit: 'encuestas-co',
      expiryDays: 30,
    },
    {
      text: 'necesito una key para marketing-pe, 30 días alcanza',
      intent: 'create_key',
      businessUnit: 'marketing-pe',
      expiryDays: 30,
    },
    {
      text: 'crea una api key para ventas-cr a nombre de <@U07LUCIA2>',
      intent: 'create_key',
      businessUnit: 'ventas-cr',
      keyKind: 'api-key',
      owner: 'U07LUCIA2',
    },
    {
      text: 'crea una api key para ventas-cr a nombre de mi compañera <@U07LUCIA2>',
      intent: 'create_key',
      businessUnit: 'ventas-cr',
      keyKind: 'api-key',
      owner: 'U07LUCIA2',
    },
    {
      text: 'token para mi compañera <@U07PAULA9>, 3 horas',
      intent: 'token',
      owner: 'U07PAULA9',
      ttlSeconds: 10800,
    },
    { text: 'un token pa mi colega <@U07RAMON3> porfa', intent: 'token', owner: 'U07RAMON3' },
    {
      text: 'me gustaría una llave de largo plazo para cartera-co, a nombre de <@U07PAULA9>',
      intent: 'create_key',
      businessUnit: 'cartera-co',
      owner: 'U07PAULA9',
      longTerm: true,
    },
    {
      text: 'crea una key para reportes-eu que corre en Frankfurt',
      intent: 'create_key',
      businessUnit: 'reportes-eu',
      region: 'eu-central-1',
    },
    {
      text: 'una llave para pedidos-es, que corre en Irlanda',
      intent: 'create_key',
      businessUnit: 'pedidos-es',
      region: 'eu-west-1',
    },
    {
      text: 'Nueva key\n*Unidad*: almacen-gdl\n*Expira*: 30',
      intent: 'create_key',
      businessUnit: 'almacen-gdl',
      expiryDays: 30,
    },
    {
      text: 'crear llave\nUnidad: finanzas-bog\nExpira: 180',
      intent: 'create_key',
      businessUnit: 'finanzas-bog',
      expiryDays: 180,
    },
  ]);
});

describe('more persons and varieties of the same kinds', () => {
  reads([
    ['porfa cambien la key de envios-ar', 'rotate', 'envios-ar'],
    ['reemplacen la llave de tesoreria-mx hoy mismo', 'rotate', 'tesoreria-mx'],
    ['les pedimos renovar la key de cobros-uy', 'rotate', 'cobros-uy'],
    ['solicitamos una access key para riesgos-co', 'create_key', 'riesgos-co'],
    ['quisiera una key de larga duración para mapas-cl', 'create_key', 'mapas-cl'],
    ['¿me podría generar una api key para agenda-pe?', 'create_key', 'agenda-pe'],
    ['la baja del equipo pruebas-viejas porfa', 'deprovision', 'pruebas-viejas'],
    ['eliminación de la unidad demo-2023', 'deprovision', 'demo-2023'],
    ['desmonten la unidad piloto-2024', 'deprovision', 'piloto-2024'],
    ['detengan la key de etl-diario ya', 'revoke', 'etl-diario'],
    ['pará la key de resumidor-ar, está quemando guita', 'revoke', 'resumidor-ar'],
  ]);
  neverActs([
    'cambiar la llave de la oficina',
    'rotar el personal de cocina',
    'revocar el permiso de salida del chofer',
    'hay que renovar la key del wifi',
    'ya cambié la key de envios-ar, quedó ok',
    'detuvimos la key de etl-diario ayer',
    'frena el gasto de marketing',
    'le pido a Juan que me preste la llave',
  ]);
});

describe('a token said as "no una api key, algo temporal" names no key kind', () => {
  slots([
    ['token de 4h, no una api key, algo temporal', { intent: 'token', ttlSeconds: 14400, keyKind: null }],
  ]);
});

describe('a story about a key seen, then "me das una nueva?" (rotate)', () => {
  reads([
    [
      'la key de cotizador-web quedó pegada en un ticket que vio un proveedor. me das una nueva?',
      'rotate',
      'cotizador-web',
    ],
    ['se filtró la llave de pagos-app en un screenshot, me das otra nueva?', 'rotate', 'pagos-app'],
    ['oye, la key de tickets-mx la vio un cliente en una demo, me das una nueva?', 'rotate', 'tickets-mx'],
  ]);
});

describe("the trades' senses of our words, plans, done and questions: never acted on", () => {
  neverActs([
    'hay que dar de baja al proveedor de vasos',
    'Hay que dar de baja al proveedor de cajas de cartón',
    'revoquen el acceso a la bodega del chico de mantenimiento',
    'revocar la promo 2x1 del martes',
    'hay que revocar el descuento de empleados',
    'rotar los turnos de la semana que viene',
    'Rotemos los turnos del fin de semana',
    'cambiar la llave del candado del portón',
    'hay que cambiar la llave de paso del baño',
    'reemplazar la llave del locker 4',
    'renovar el contrato del local',
    'la baja del proveedor de leche ya está hecha',
    'den de baja al cliente moroso',
    'eliminen el usuario del sistema de caja del cajero que renunció',
    'paren la máquina de café, se está quemando',
    'frena el camión que falta una caja',
    'detén el pedido de vasos, ya no hacen falta',
    'en enero probablemente pidamos algo para el equipo de calidad',
    'el mes que viene capaz pedimos una key para logistica-mx',
    'más adelante vamos a necesitar una llave para bodega-data',
    'ya roté la key de pagos-mx, todo ok',
    'ya rote la key de reportes-cl, todo ok',
    'Ya rote la llave de cobranzas-pe, todo bien',
    'ya se hizo la rotación de la key de agenda-medica',
    'ayer dimos de baja la unidad piloto-sur',
    'ya eliminé el usuario IAM de demo-feria',
    '¿rotar o revocar? la key estuvo 5 min en un canal público',
    'rotar o revocar? la llave de ventas-py estuvo en un pastebin',
    '¿conviene rotar la key de nomina-ar o esperar?',
    '¿hay que dar de baja la unidad kiosco-viejo o la dejamos?',
    '¿qué pasa si detengo la key de etl-nocturno?',
    'la rotación de turnos quedó publicada en el tablero',
    'cambiar la llave del auto de reparto',
    'nueva promo para la tienda del centro',
    'solicito vacaciones para la semana santa',
    'una semana de vacaciones para mi compañera',
    'me gustaría una mesa para cuatro el viernes',
    'mi compañera se cambió de turno',
  ]);
});
