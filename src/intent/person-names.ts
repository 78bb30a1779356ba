/**
 * Given names common where family names take a particle (Portuguese, Spanish, Italian, French, Dutch,
 * German, Arabic and Malay names: "Maria da Silva", "Jan van der Berg", "Ahmad bin Ismail"): a Title
 * Case run that opens with one and goes on through a particle is a person's full name, never a unit
 * (README: a person names no unit). A client or company with a particle opens with a noun of places
 * and trades ("Quinta do Vale", "Casa da Música", "Banco de Sol", "Studio van Dijk") and stays a name.
 */
const NAMES =
  'maria ana ana joao jose joão josé pedro paulo paula carlos carla luis luís luiz lucas miguel manuel ' +
  'antonio antónio antonia francisco francisca fernando fernanda rafael rafaela gabriel gabriela ricardo ' +
  'rita sofia sofía beatriz ines inês marta mariana joana catarina teresa helena isabel isabela juan ' +
  'javier jorge diego pablo alejandro alejandra sergio raul raúl andres andrés lucia lucía carmen elena ' +
  'laura marco mario giulia giuseppe giovanni francesca alessandro alessandra matteo chiara luca ' +
  'jean pierre marie louis louise claire camille julien nicolas thomas sophie anne jan pieter piet ' +
  'johan joost daan sanne anouk lotte bram ruud kees hans klaus jurgen jürgen wolfgang ludwig karl ' +
  'friedrich heinrich ahmad ahmed mohammed muhammad mohamed mohd ali omar hassan hussein hamza ' +
  'khalid abdullah yusuf ibrahim fatima aisha nur siti nurul aziz ismail farah sara sarah leila ' +
  'layla amir karim rashid tariq john james david michael peter paul mark anna eva lena emma olivia';

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Particles between a given name and a family name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'da de do dos das del della di du van von der den ten ter bin binti bint ibn al el la le'.split(' '),
);

/**
 * Common given names of English, Indian, East Asian and Nordic speakers (review fix seventeen): a person
 * is an owner, no unit ("keys under alice", "offboard alex 2" is alex, not a unit alex-2).
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'alice bob carol dave eve frank grace heidi ivan judy mallory oscar peggy trent victor walter priya ' +
    'raj rahul arjun anil sunil ravi vikram deepak amit neha pooja anjali kavya divya wei li chen ming ' +
    'yuki kenji hiro jin min ji kim tom tim jim joe ben sam max alex chris kate katie jane jenny jen ' +
    'mike dan steve bill will nick rob greg ryan kevin brian jason eric adam matt andrew josh tyler ' +
    'emily jessica ashley amanda megan rachel hannah lisa linda susan karen nancy betty helen amy ' +
    'natalie nina olga igor dmitri sven lars ingrid astrid fiona ian liam noah ethan mia zoe chloe ' +
    // (round twenty-two: "Dana needs a key for payroll")
    'dana jordan morgan casey riley jamie sean aidan conor niamh aoife siobhan ciara declan patrick ' +
    'michelle nicole stephanie rebecca laura julia claudia monica diana priyanka ananya rohan sanjay ' +
    'aarav mei hui yan jun hao tao akira haruto sakura yuna hana omar tomasz piotr marek agnieszka ' +
    'kasia magda ola bartek ewa ' +
    // (Round forty-seven, tuned-styles-africa: "Kofi abeg help me get token for 2h, my laptop don hang": given names
    // common in Ghana, Nigeria, Kenya, South Africa and Ethiopia, a colleague asked by name; not "Selam", a greeting
    // in Turkish and Amharic, "selam, 3 saatlik token lazım".)
    'kofi kwame kwabena kojo yaw ama akosua abena efua adwoa esi chinedu emeka obinna chidi ngozi chioma amaka ' +
    'ifeoma uche tunde segun femi wale bola funke yemi tobi aminu musa halima wanjiru wanjiku kamau otieno ' +
    'achieng akinyi baraka juma zawadi neema themba sipho thabo lerato nomsa zanele bongani abebe dawit ' +
    'tsion hirut ' +
    // (fix46c, tuned-payments: "Rohit can you get me a token for 2h? the bot isn't replying to me": more common Indian
    // and Gulf given names, a colleague asked "can you" by name.)
    'rohit sneha mariam maryam faisal fahad karthik suresh ramesh mahesh sunita yasmin siddharth aditya nikhil ' +
    'vivek varun akash ankit gaurav pranav shreya meera nisha anita vijay ajay sachin rakesh salman saeed majid ' +
    'noura zainab ' +
    // (fix49l: "ya rami momken t3mel rotate lel key bta3 billing?", "rami, can you rotate …": given names common among
    // Arabic, Persian and Hebrew speakers, a colleague asked "can you" by name, lower case; not "hala" (a Gulf
    // greeting), "amin" (amen), "nada", "shai", "tal", "gal" or "dor", words too.)
    'rami ziad walid waleed hani sami samer fadi tamer sherif mostafa mustafa mahmoud yasser ayman hesham hisham ' +
    'osama bilal nabil samir khaled tarek tareq yousef youssef rania reem dina salma yara lina nour noor ' +
    'abdulrahman abdulaziz nasser hamad mansour hossein hosein reza mehdi nima arash farhad babak kaveh ' +
    'dariush omid navid payam behnam mohsen ehsan hamid parisa shirin niloufar nazanin sepideh mahsa zahra ' +
    'yossi eyal noam itay tomer nadav eitan yoni lior oren ronen shira tamar yael noa avi moshe ido omer ' +
    // (fix49g, tuned-styles-anglo: "Mel can you grab me a token for 2h? bot's not loading on my phone": short and given
    // names common in Britain, Ireland, Australia and New Zealand, a colleague asked "can you" by name; not "pip", "nat"
    // or "deb", words of code.)
    'mel bec jess tash steph liz shaz gaz baz daz dazza kez jules kirsty brooke shannon sinead eoin cormac darragh ' +
    'ciaran oisin hamish angus fergus callum rory ollie harry charlie george lachie lachlan mitch bri caz macca ' +
    'robbo davo kylie bronwyn aroha wiremu hemi'
  ).split(' '),
);
