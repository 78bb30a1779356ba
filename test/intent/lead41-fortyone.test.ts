/**
 * Round forty-one, the lead: the one non-request a new blind file had acted on, by kind. In Norwegian, Danish and
 * Swedish a door's key said to lie or stand somewhere ("ligger", "står": in a drawer, a cupboard, an office) tells where
 * a thing is; it asks for no key (more-languages.ts). Sentences of our own, and requests in those languages that keep
 * their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('Nordic: a key lying or standing somewhere asks for nothing', () => {
  neverActs([
    'Nøkkelen til kjølerommet ligger på kontoret',
    'nøkkelen til garasjen ligger i skuffen hos Kari',
    'Nøglen til lageret står i skabet',
    'Nyckeln till förrådet ligger i lådan vid kaffemaskinen',
  ]);
  keeps([
    ['kan jeg få en nøgle til crm?', 'create_key', 'crm'],
    ['en nyckel till betalningar tack', 'create_key', 'betalningar'],
    ['Jeg trenger en nøkkel til fakturering, den ligger i drift fra mandag', 'create_key', 'fakturering'],
  ]);
});
