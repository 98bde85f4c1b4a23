const set = (text: string) => new Set(text.trim().split(/\s+/));

/** Titles written before a name; they are not part of it ("Mr. Obama", "Sen. Ortiz"). */
export const honorifics = set(`
	mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam rev rev. fr fr. sen sen. rep rep. gov gov. gen gen.
	lt lt. col col. maj maj. capt capt. sgt sgt. adm adm. cmdr cmdr. amb amb. atty atty. hon hon. messrs messrs. sr. jr. st.
`);

/** Role words: in a capitalised run before a name they are the role, not the name ("Prime Minister Sanae Takaichi"). */
export const roleWords = set(`
	president vice prime minister secretary senator representative congressman congresswoman congressperson governor
	mayor chancellor king queen prince princess pope chairman chairwoman chairperson chair ceo cfo coo director ambassador
	general lieutenant colonel major captain sergeant admiral commander judge justice attorney speaker leader spokesman
	spokeswoman spokesperson press deputy chief foreign defense defence finance interior home state house senate majority
	minority whip premier president-elect nominee candidate founder co-founder executive head envoy diplomat negotiator
	commissioner councilman councilwoman councillor councilor lawmaker legislator delegate sheriff officer official aide
	adviser advisor analyst professor economist strategist pollster journalist reporter columnist editor correspondent
	anchor host co-host moderator manager chairman activist lawyer counsel prosecutor detective inspector superintendent
	retired former acting interim incumbent republican democrat democratic gop libertarian independent top senior junior
	rabbi imam sheikh bishop cardinal archbishop pastor reverend emir sultan ayatollah dr. doctor nurse surgeon scientist
	researcher historian author writer columnist broadcaster ambassador consul minister-president undersecretary
	under-secretary assistant associate staff campaign communications policy national security economic trade
	commerce justice health education energy labor labour transportation treasury agriculture veterans homeland
	fellow partner owner billionaire businessman businesswoman entrepreneur investor banker mogul tycoon star actor actress
	singer rapper musician comedian athlete coach player quarterback pitcher general-secretary secretary-general
	governor-general attorney-general surgeon-general first lady mp mep
`);

/** Roles that belong to an organisation: an unqualified one takes the organisation in view ("Kremlin spokesman"). */
export const organisationRoles = set(`spokesman spokeswoman spokesperson`);

/** Words that make a capitalised run an organisation, a place or a thing rather than a person. */
export const organisationWords = set(`
	ministry department house party committee council agency commission court congress senate parliament kremlin pentagon
	university college school institute foundation association bank post times news journal network corp corp. inc inc.
	company group service office administration government police army navy force forces union organization organisation
	federation board bureau center centre fund reserve assembly tribune herald press reuters cnn nbc abc cbs msnbc fox
	bbc ap afp npr pbs tass ria rt xinhua campaign club league alliance coalition movement front church hospital court
	airport station street avenue road square bridge river lake mountain island islands sea ocean gulf bay peninsula
	county city state states province region republic kingdom empire union commonwealth nations treaty act bill law
	program programme plan initiative project report survey poll study index review magazine newspaper gazette daily
	weekly tv radio channel show twitter facebook instagram youtube google apple microsoft amazon motors airlines
	guard corps brigade brigades division command authority authorities council cabinet politburo duma knesset bundestag
	diet legislature caucus secretariat embassy consulate mission strategies partners associates consulting llc llp
	holdings capital ventures media communications research solutions analytics labs systems technologies industries
	enterprises
`);

/** Lower-case words that may start a sentence capitalised but never start a name. */
export const functionWords = set(`
	a an the this that these those it its it's he she they we i you his her their our my your him them us me who whom whose
	which what when where why how if but and or nor so yet for of in on at by to from with without into onto over under
	after before during since until while as than then there here also just only even still however meanwhile moreover
	although though because unless whether not no yes all any some many most more much few several both each every other
	another such one two three four five six seven eight nine ten first second third last next new old according speaking
	asked told said says despite amid among between through throughout within across along around about against toward
	towards upon via per like unlike instead indeed perhaps maybe now today tonight yesterday tomorrow later earlier once
	again ever never always often sometimes already soon recently currently finally eventually overall thus therefore
	hence still nevertheless nonetheless otherwise rather quite very too well yes oh ah mr mrs ms dr
`);

export const weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`);
export const months = set(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Countries, capitals and nationalities that speak for governments ("Moscow said", "Japan's Prime Minister"). */
export const places = set(`
	afghanistan albania algeria america american americans argentina armenia australia austria azerbaijan bahrain bangladesh
	belarus belgium bolivia bosnia brazil britain british bulgaria cambodia cameroon canada chile china chinese colombia congo
	croatia cuba cyprus czech denmark egypt england estonia ethiopia europe european finland france french georgia germany
	german ghana greece greek haiti hungary iceland india indian indonesia iran iranian iraq iraqi ireland irish israel israeli
	italy italian japan japanese jordan kazakhstan kenya korea korean kosovo kuwait latvia lebanon libya lithuania luxembourg
	malaysia mali mexico mexican moldova mongolia montenegro morocco myanmar burma nepal netherlands dutch nigeria norway
	oman pakistan palestine palestinian panama peru philippines poland polish portugal qatar romania russia russian rwanda
	saudi arabia scotland serbia singapore slovakia slovenia somalia spain spanish sudan sweden swedish switzerland swiss
	syria syrian taiwan tajikistan tanzania thailand tunisia turkey turkish uganda ukraine ukrainian uzbekistan venezuela
	vietnam yemen zambia zimbabwe moscow beijing tokyo washington london paris berlin kyiv kiev tehran jerusalem ankara
	seoul pyongyang brussels delhi islamabad kabul baghdad damascus cairo riyadh doha ottawa canberra rome madrid
	u.s. us usa u.k. uk eu u.n. un nato soviet western eastern northern southern west east north south asia africa
	middle asian african arab latin
	alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
	kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
	hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont
	virginia wisconsin wyoming chicago boston philadelphia houston dallas atlanta miami detroit seattle denver phoenix
	charlotte cleveland baltimore orleans francisco angeles vegas
	ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev.
	okla. ore. pa. tenn. tex. va. vt. wash. wis. wyo. n.y. n.j. n.c. s.c. n.h. n.m. n.d. s.d. r.i. w.va. d.c.
`);

/** Nationality adjectives: in a capitalised run before a role they qualify it ("Japanese Prime Minister"). */
export const nationalities = set(`
	american british chinese japanese russian french german italian spanish indian israeli palestinian iranian iraqi syrian
	turkish ukrainian korean mexican canadian australian brazilian egyptian saudi polish dutch swedish swiss greek irish
	pakistani afghan european african asian arab soviet western lebanese jordanian qatari emirati yemeni libyan cuban
	venezuelan colombian argentine argentinian chilean nigerian kenyan ethiopian south-african belarusian georgian armenian
	azerbaijani kazakh hungarian romanian serbian croatian czech slovak austrian belgian danish norwegian finnish portuguese
	thai vietnamese filipino indonesian malaysian taiwanese north south
`);

/** Given names common in English-language news, for pronoun agreement only. */
export const femaleNames = set(`
	hillary chelsea melania ivanka michelle nancy elizabeth kamala sarah susan mary patricia jennifer linda barbara margaret
	jessica karen lisa betty dorothy sandra ashley kimberly donna emily carol amanda melissa deborah stephanie rebecca laura
	sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine christine debra rachel
	catherine carolyn janet ruth maria heather diane virginia julie joyce victoria  christina lauren joan evelyn olivia
	judith megan cheryl martha andrea frances hannah jacqueline ann  alice kathryn gloria teresa doris sara janice julia
	marie madison grace judy theresa beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori
	alexis tiffany kayla angela theresa theresa kellyanne huma donna debbie loretta condoleezza madeleine sheryl oprah
	angela theresa marine nicola jacinda ursula christine kristalina sanae yuriko tsai golda indira benazir sonia priyanka
	julia beyonce  jill meghan kate camilla diana tulsi alexandria ilhan rashida ayanna liz marsha dianne kirsten
	maxine elise nikki kristi sarah gina janet
`);

export const maleNames = set(`
	donald barack joe joseph george bill william john james robert michael david richard charles thomas christopher daniel
	matthew anthony mark paul steven steve andrew kenneth joshua kevin brian edward ronald timothy jason jeffrey ryan jacob
	gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick
	jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith
	roger gerald christian  sean arthur austin noah lawrence jesse dylan bryan  billy bruce albert willie gabriel
	alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley mike mitch chuck ted
	marco rand newt rudy reince sean jeb hubert lyndon ronald jimmy gerald dwight franklin abraham vladimir dmitry sergei
	sergey xi shinzo fumio yoshihide emmanuel boris rishi keir justin benjamin bibi recep narendra imran kim moon jair
	volodymyr viktor olaf friedrich angela recep mohammed muhammad ali ahmed hassan hussein bashar abdel king tim tom ben
	jim bob rob  dan nick  tony ken ron greg ray jeff rick dick newt orrin  bernie elijah trey jared eric
	lamar reid harry kevin paul devin adam jerrold hakeem mitt rex
`);
