/**
 * Round twenty-eight, foreign28: requests and non-requests in other languages. Sentences of our own,
 * written before the parser's answer was looked at (other units, verbs, word orders, lengths, typos, Slack
 * markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, reads } from './acted.js';

describe('a wish told in the past and taken back ("no longer needed") in each language is no request', () => {
  neverActs([
    "je voulais un token pour 3h mais j'en ai plus besoin",
    "finalement j'en ai pas besoin du token pour 2h, merci",
    'le token de 4h, on en a pu besoin finalement',
    "je n'en ai plus besoin, du token pour 6h",
    'volevo un token per 2 ore ma non serve piu',
    'il token per 4 ore non serve più, grazie',
    'non ne ho piu bisogno, del token per 3 ore',
    'token per 1 ora? no, non ci serve piu',
    'queria un token para 2 horas pero ya no hace falta',
    'ya no hace falta el token de 3h, gracias',
    'no hace falta crear la clave para logistica, ya la tengo',
    'queria um token de 2 horas mas ja nao e preciso',
    'o token de 3h ja nao faz falta, obrigado',
    'ik wilde een token voor 2 uur maar het hoeft niet meer',
    'token voor 3 uur is niet meer nodig, bedankt',
    'de nieuwe key voor sales hoeft niet meer',
    'ek wou n token he vir 2 uur maar dit is nie meer nodig nie',
    'die token vir 4 uur is nie meer nodig nie, dankie',
    'wollte einen token fur 2 stunden, brauche ihn aber nicht mehr',
    'chcialem token na 2 godziny ale juz nie trzeba',
    '_volevo un token per 3 ore_ ma non serve piu :sweat_smile:',
  ]);
  keeps([
    ["j'ai besoin d'un token pour 2h svp", 'token'],
    ['mi serve un token per 3 ore', 'token'],
    ['ho bisogno di un token per 2 ore', 'token'],
    ['necesito un token para 2 horas', 'token'],
    ['preciso de um token por 2 horas', 'token'],
    ['ik heb een token nodig voor 2 uur', 'token'],
    ['ek het n token nodig vir 3 uur asseblief', 'token'],
  ]);
});

describe('Danish and Norwegian requests are read as the English ones', () => {
  reads([
    ['jeg har brug for et token i 2 timer tak', 'token', null],
    ['kan du lave et token til 3 timer i eu-north-1?', 'token', null],
    ['jeg trenger et token i 4 timer', 'token', null],
    ['roter noglen for lager-team, den er lakket', 'rotate', 'lager-team'],
    ['kan du rotere nøkkelen til betaling?', 'rotate', 'betaling'],
    ['tilbagekald nøglen for crm-2', 'revoke', 'crm-2'],
    ['slet alt for gammel-app, projektet er slut', 'deprovision', 'gammel-app'],
    ['hvilke nøgler har marketing?', 'details', 'marketing'],
    ['vis alle enheder', 'list', null],
    ['hvor meget har salg brugt denne maned?', 'spend', 'salg'],
    ['opret en api key til data-team, ejer er <@U0AB12CD3>', 'create_key', 'data-team'],
    ['hvilke modeller er tilgængelige?', 'models', null],
  ]);
  neverActs([
    'jeg roterede nøglen for betalinger i gar',
    'vi har allerede tilbagekaldt noglen for crm',
    'mette, har du oprettet noglen til okonomi?',
    'jeg ville have et token i 2 timer men det behoves ikke mere',
    'vi slettede alt for gammel-app sidste uge',
    'hvordan far jeg et token? jeg er ny',
    'hvem godkender api keys?',
  ]);
});

describe('Czech requests are read as the English ones, Czech stories and questions never act', () => {
  reads([
    ['potrebuju token na 3 hodiny', 'token', null],
    ['potřebuji token na 2 hodiny v eu-central-1, díky', 'token', null],
    ['zrus klic pro crm-app', 'revoke', 'crm-app'],
    ['prosím zruš klíč pro fakturace-api', 'revoke', 'fakturace-api'],
    ['prosim zrotuj klic pro platby, unikl', 'rotate', 'platby'],
    ['smaz vse pro stary-web, projekt skoncil', 'deprovision', 'stary-web'],
    ['jake klice ma marketing?', 'details', 'marketing'],
    ['ukaz vsechny jednotky', 'list', null],
    ['kolik utratil data-tym tento mesic?', 'spend', 'data-tym'],
    ['vytvor api key pro analytika, vlastnik <@U0AB12CD3>', 'create_key', 'analytika'],
    ['jaké modely jsou k dispozici?', 'models', null],
  ]);
  neverActs([
    'vcera jsem zrusil klic pro crm',
    'uz jsme zrotovali klic pro platby, vsechno ok',
    'nemusis rotovat klic pro analytika, uz jsem to udelal',
    'chtel jsem token na 2 hodiny ale uz ho nepotrebuju',
    'petre, vytvoril jsi uz ten key pro platby?',
    'jak ziskam token? prvni den v praci',
  ]);
});

describe('Swedish requests are read as the English ones, Swedish stories never act', () => {
  reads([
    ['jag behöver en token i 3 timmar', 'token', null],
    ['rotera nyckeln för betalningar tack, den har läckt', 'rotate', 'betalningar'],
    ['aterkalla nyckeln for crm-app', 'revoke', 'crm-app'],
    ['ta bort allt för gamla-portalen, projektet är klart', 'deprovision', 'gamla-portalen'],
    ['vilka nycklar har forsaljning?', 'details', 'forsaljning'],
    ['kan du skapa en api key för ekonomi-team?', 'create_key', 'ekonomi-team'],
    ['radera allt for test-miljo', 'deprovision', 'test-miljo'],
  ]);
  neverActs([
    'jag roterade nyckeln för betalningar igår',
    'vi har redan återkallat nyckeln för crm',
    'anna, har du skapat nyckeln till ekonomi än?',
    'jag ville ha en token i 2 timmar men behövs inte längre, tack',
    'vi tog bort allt för gamla-portalen förra veckan',
  ]);
});

describe('Danish and Norwegian questions put to a colleague ("yet", "already") never act', () => {
  neverActs([
    'mette, har du oprettet nøglen til økonomi endnu?',
    'har du allerede roteret noglen for lager-team?',
    'ole, har du slettet alt for gammel-app enda?',
    'har i tilbagekaldt nøglerne for crm endnu?',
  ]);
  reads([
    ['opret en nøgle til lager-team', 'create_key', 'lager-team'],
    ['slet alt for gammel-app', 'deprovision', 'gammel-app'],
  ]);
});

describe('Afrikaans requests are read as the English ones, Afrikaans stories (verb last after "het") never act', () => {
  reads([
    ['wys my al die eenhede', 'list', null],
    ['herroep asseblief die sleutel vir hr-stelsel', 'revoke', 'hr-stelsel'],
    ['verwyder alles vir ou-projek, ons is klaar daarmee', 'deprovision', 'ou-projek'],
    ['watter sleutels het verkope?', 'details', 'verkope'],
    ['watter modelle is beskikbaar?', 'models', null],
    ['hoeveel het verkope hierdie maand spandeer?', 'spend', 'verkope'],
    ['roteer die sleutel vir betalings asb, dit het uitgelek', 'rotate', 'betalings'],
    ['skep asseblief n api key vir data-ops, eienaar is <@U0AF12345>', 'create_key', 'data-ops'],
    ['ek het n token nodig vir 3 uur asseblief', 'token', null],
  ]);
  neverActs([
    'ek het gister die sleutel vir betalings herroep',
    'johan, het jy al die sleutel vir data-ops geroteer?',
    'ons het laas week alles vir ou-projek verwyder',
    'moenie die web-team se sleutel herroep nie, dit word nog gebruik',
    'thabo het die *hr-stelsel* sleutel gister gekanselleer',
    'hoe kry ek n token? ek is nuut hier',
  ]);
});
