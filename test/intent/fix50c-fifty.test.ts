/**
 * Round fifty, fix50c (tuned-printing, tuned-styles-romance): non-requests in Italian, Spanish, Catalan, Portuguese and
 * their speakers' English. A request taken back ("no dai, lasciala, la revochiamo venerdì", "espera, não, ainda a estão a
 * usar", "canal equivocado, ignorad") is never acted on (romance-take-back.ts); a question about the bot is help with its
 * topic (romance-help.ts); everyday talk with the bot's words (a history of orders, a bank card, energy spend, a change put
 * off, a request told of another) asks nothing (romance-everyday.ts). New sentences of each kind, and look-alikes that keep
 * their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a request taken back in a Romance language is never acted on', () => {
  nothingAsked([
    'revoca la chiave di menu-ai. no dai, lasciala, la revochiamo venerdì',
    'rota la clau de stock-bot. bé no, deixa-ho, la rotem dimarts',
    'revoga a chave do faturas-ia. espera, não, ainda a estão a usar',
    'dame un token de 2 horas — uy, canal equivocado, ignorad',
    'ruota la chiave di preventivi-ai? no dai, lasciala, la ruota Paolo domani',
    'revoca la clave de ventas-ia. espera, no, aún la usan en la tienda',
    'elimina la unidad kiosk-demo? no, déjala, la mantenemos hasta marzo',
    'dammi un token di 4 ore. scusate, ho sbagliato canale',
    'rota la clave de kiosk-ai — perdón, me equivoqué de canal',
    'token 2h per favore, ignorate il messaggio',
  ]);
  // look-alikes: a correction after "wait, no" and a new value keep a request
  keeps([
    ['rota la clave de ventas. espera, no, la de compras', 'rotate', 'compras'],
    ['token 2h, ignorate il 2, fanne 4h', 'token'],
  ]);
});

describe('a Romance question about the bot is help with its topic', () => {
  slots([
    ['chi approva i token?', { intent: 'help', topic: 'approvals' }],
    ['quem aprova as chaves?', { intent: 'help', topic: 'approvals' }],
    ['qui aprova les claus?', { intent: 'help', topic: 'approvals' }],
    ["a chi devo scrivere per l'approvazione della mia chiave?", { intent: 'help', topic: 'approvals' }],
    ["serve l'approvazione per una chiave?", { intent: 'help', topic: 'approvals' }],
    ['um token pode durar uma semana?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    ['puede un token durar tres días?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    ['en teoría, ¿se puede un token de 16 horas?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    ['posso ter um token de mais de 12 horas?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    ['quantes claus pot tenir un equip com a màxim?', { intent: 'help', topic: 'limits' }],
    ['cuántas claves puede tener una unidad como máximo?', { intent: 'help', topic: 'limits' }],
    [
      'token o clave de API para un script que corre cada hora?',
      { intent: 'help', topic: 'key-kinds', keyKind: null },
    ],
    ['chave ou token para o cron da faturação?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    ['un token è la stessa cosa di una chiave API?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    [
      'que é uma access key? o fornecedor pede uma',
      { intent: 'help', topic: 'key-kinds', keyKind: 'access-key' },
    ],
    ['clau API a curt o llarg termini per al servei de factures?', { intent: 'help', topic: 'key-kinds' }],
    ['posso condividere la mia chiave con un collega?', { intent: 'help', topic: 'general' }],
    ['he pegado la clave en un correo por error, qué hago?', { intent: 'help', topic: 'general' }],
    ['o bot guarda uma cópia da chave?', { intent: 'help', topic: 'general' }],
    ['cómo se crea una clave para un equipo nuevo?', { intent: 'help', topic: 'create_key' }],
    ['como faço para criar uma chave para a minha equipa?', { intent: 'help', topic: 'create_key' }],
    ['se ruoto una chiave, la vecchia smette subito di funzionare?', { intent: 'help', topic: 'rotate' }],
    ['si borro una clave, se puede deshacer?', { intent: 'help', topic: 'revoke' }],
    ['come vedo quanto abbiamo speso su bedrock?', { intent: 'help', topic: 'spend' }],
    ['com puc veure qui ha revocat una clau?', { intent: 'help', topic: 'history' }],
    ['come vedo quando scade la chiave del mio team?', { intent: 'help', topic: 'details' }],
    ['quali modelli posso usare con il mio token?', { intent: 'help', topic: 'models' }],
    [
      'posso avere un token a Madrid? i dati dei clienti non possono uscire dalla Spagna',
      { intent: 'help', topic: 'regions', region: 'eu-south-2' },
    ],
    [
      'podemos tener claves en Irlanda o solo tokens?',
      { intent: 'help', topic: 'regions', region: 'eu-west-1' },
    ],
    ['come uso la chiave API nel nostro script?', { intent: 'help', keyKind: 'api-key' }],
    ['quante ore può durare un token?', { intent: 'help', topic: 'limits' }],
    ['qual è la durata massima di un token?', { intent: 'help', topic: 'limits' }],
    ['en qué regiones puedo tener claves?', { intent: 'help', topic: 'regions' }],
    ['ho condiviso il token su teams, è un problema?', { intent: 'help', topic: 'general' }],
    ['compartí la clave con un proveedor, está mal?', { intent: 'help', topic: 'general' }],
    ['il mio token va anche con mistral o solo con claude?', { intent: 'help', provider: null }],
  ]);
  neverActs([
    'posso avere un token di più di 15 ore?',
    'in teoria potrei avere una chiave che non scade mai?',
  ]);
  // look-alikes: a token asked for now with its place's reason, and a lifetime asked for, stay requests
  slots([
    [
      'me das un token en Madrid de 2 horas? los datos no pueden salir de España',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    ['dammi un token di 3 ore per favore', { intent: 'token', ttlSeconds: 10800 }],
  ]);
});

describe("everyday talk with the bot's words asks nothing", () => {
  nothingAsked([
    "storico degli ordini di carta del fornitore? qualcuno ce l'ha?",
    'el historial de envíos de la fábrica está mal, faltan cajas',
    "quanto tempo ci mette l'amministrazione ad approvare una fattura?",
    'a setmana passada vam gastar quant en electricitat a la nau?',
    "cancella la carta di credito aziendale di Lucia, l'ha persa",
    'o token do multibanco do cliente expirou, o que faço?',
    'quale regione ha più ordini, Lombardia o Veneto?',
    'the response of our chatbot gets cut, we hit the max tokens, how to raise it?',
    'esperemos a rotar la clave de facturas-ia hasta que cierre el trimestre',
    'Lucia ha detto che ha chiesto una chiave ieri e non le è arrivato nulla',
    'la Marta ha pedido borrar la unidad kiosk-demo pero el jefe ha dicho que no',
    'dobbiamo chiedere al bot o usiamo il token di Paolo?',
    'ho chiesto un token stamattina, è già stato approvato?',
    'pedí una clave ayer, ¿ya está aprobada?',
    'il modello della Punto nuova ha ancora il cambio vecchio?',
  ]);
  // look-alikes: a unit's history with a period, and a hyphenated unit, stay history requests
  keeps([
    ['historial de compras del mes pasado', 'history', 'compras'],
    ['historial de pagos-spei', 'history', 'pagos-spei'],
  ]);
});
