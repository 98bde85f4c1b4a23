/**
 * A small built-in reference list, used only for wrong options when the
 * articles themselves offer too few of a kind: a one-article pack still gets
 * a full set. Nothing here is ever a right answer — answers come only from
 * the articles — so the list needs to be plausible, not complete.
 */

export type ReferenceTreaty = {name: string; year: number; parties: readonly string[]};

export const referenceTreaties: readonly ReferenceTreaty[] = [
	{name: 'Treaty of Shimoda', year: 1855, parties: ['Japan', 'Russia']},
	{name: 'Treaty of Saint Petersburg', year: 1875, parties: ['Japan', 'Russia']},
	{name: 'Treaty of Shimonoseki', year: 1895, parties: ['China', 'Japan']},
	{name: 'Treaty of Portsmouth', year: 1905, parties: ['Japan', 'Russia']},
	{name: 'Treaty of Versailles', year: 1919, parties: ['Germany', 'France', 'United Kingdom', 'United States', 'Italy', 'Japan']},
	{name: 'Treaty of Brest-Litovsk', year: 1918, parties: ['Russia', 'Germany']},
	{name: 'Soviet–Japanese Neutrality Pact', year: 1941, parties: ['Japan', 'Soviet Union']},
	{name: 'Yalta Agreement', year: 1945, parties: ['Soviet Union', 'United Kingdom', 'United States']},
	{name: 'North Atlantic Treaty', year: 1949, parties: ['United States', 'Canada', 'United Kingdom', 'France', 'Italy', 'Netherlands', 'Norway']},
	{name: 'San Francisco Peace Treaty', year: 1951, parties: ['Japan', 'United States', 'United Kingdom', 'France', 'Australia', 'Canada', 'Netherlands', 'Philippines', 'Indonesia', 'Mexico', 'Brazil', 'Egypt', 'Saudi Arabia', 'Turkey', 'Iran', 'Iraq', 'Syria', 'Lebanon', 'Pakistan', 'Vietnam', 'Norway']},
	{name: 'Treaty of Taipei', year: 1952, parties: ['Japan', 'Taiwan']},
	{name: 'Warsaw Pact', year: 1955, parties: ['Soviet Union', 'Poland']},
	{name: 'Soviet–Japanese Joint Declaration', year: 1956, parties: ['Japan', 'Soviet Union']},
	{name: 'Treaty of Rome', year: 1957, parties: ['France', 'Germany', 'Italy', 'Netherlands']},
	{name: 'Antarctic Treaty', year: 1959, parties: ['United States', 'Soviet Union', 'United Kingdom', 'France', 'Japan', 'Norway', 'Australia']},
	{name: 'Treaty of Mutual Cooperation and Security between the United States and Japan', year: 1960, parties: ['Japan', 'United States']},
	{name: 'Treaty on Basic Relations between Japan and the Republic of Korea', year: 1965, parties: ['Japan', 'South Korea']},
	{name: 'Outer Space Treaty', year: 1967, parties: ['United States', 'Soviet Union', 'United Kingdom']},
	{name: 'Treaty on the Non-Proliferation of Nuclear Weapons', year: 1968, parties: ['United States', 'Soviet Union', 'United Kingdom']},
	{name: 'Treaty of Peace and Friendship between Japan and China', year: 1978, parties: ['China', 'Japan']},
	{name: 'Intermediate-Range Nuclear Forces Treaty', year: 1987, parties: ['Soviet Union', 'United States']},
	{name: 'Maastricht Treaty', year: 1992, parties: ['France', 'Germany', 'Italy', 'Netherlands', 'Spain', 'United Kingdom']},
	{name: 'Budapest Memorandum', year: 1994, parties: ['Russia', 'Ukraine', 'United Kingdom', 'United States']},
	{name: 'Kyoto Protocol', year: 1997, parties: ['Japan', 'Russia', 'Canada', 'France', 'Germany']},
	{name: 'Treaty of Lisbon', year: 2007, parties: ['France', 'Germany', 'Italy', 'Poland', 'Spain']},
	{name: 'New START', year: 2010, parties: ['Russia', 'United States']},
	{name: 'Minsk II agreement', year: 2015, parties: ['Russia', 'Ukraine', 'France', 'Germany']},
	{name: 'Paris Agreement', year: 2015, parties: ['China', 'India', 'Japan', 'United States', 'France']},
];

export type ReferencePerson = {name: string; role: string; country: string};

/** Heads of state and government and foreign ministers, recent and well known. */
export const referencePeople: readonly ReferencePerson[] = [
	{name: 'Shinzo Abe', role: 'Prime Minister', country: 'Japan'},
	{name: 'Fumio Kishida', role: 'Prime Minister', country: 'Japan'},
	{name: 'Shigeru Ishiba', role: 'Prime Minister', country: 'Japan'},
	{name: 'Sanae Takaichi', role: 'Prime Minister', country: 'Japan'},
	{name: 'Yoshimasa Hayashi', role: 'Foreign Minister', country: 'Japan'},
	{name: 'Yoko Kamikawa', role: 'Foreign Minister', country: 'Japan'},
	{name: 'Takeshi Iwaya', role: 'Foreign Minister', country: 'Japan'},
	{name: 'Vladimir Putin', role: 'President', country: 'Russia'},
	{name: 'Mikhail Mishustin', role: 'Prime Minister', country: 'Russia'},
	{name: 'Sergei Lavrov', role: 'Foreign Minister', country: 'Russia'},
	{name: 'Maria Zakharova', role: 'Foreign Ministry spokeswoman', country: 'Russia'},
	{name: 'Dmitry Peskov', role: 'Kremlin spokesman', country: 'Russia'},
	{name: 'Dmitry Medvedev', role: 'Deputy Chairman of the Security Council', country: 'Russia'},
	{name: 'Joe Biden', role: 'President', country: 'United States'},
	{name: 'Donald Trump', role: 'President', country: 'United States'},
	{name: 'Antony Blinken', role: 'Secretary of State', country: 'United States'},
	{name: 'Marco Rubio', role: 'Secretary of State', country: 'United States'},
	{name: 'Keir Starmer', role: 'Prime Minister', country: 'United Kingdom'},
	{name: 'Rishi Sunak', role: 'Prime Minister', country: 'United Kingdom'},
	{name: 'David Lammy', role: 'Foreign Secretary', country: 'United Kingdom'},
	{name: 'Xi Jinping', role: 'President', country: 'China'},
	{name: 'Li Qiang', role: 'Premier', country: 'China'},
	{name: 'Wang Yi', role: 'Foreign Minister', country: 'China'},
	{name: 'Volodymyr Zelensky', role: 'President', country: 'Ukraine'},
	{name: 'Dmytro Kuleba', role: 'Foreign Minister', country: 'Ukraine'},
	{name: 'Andrii Sybiha', role: 'Foreign Minister', country: 'Ukraine'},
	{name: 'Emmanuel Macron', role: 'President', country: 'France'},
	{name: 'Jean-Noël Barrot', role: 'Foreign Minister', country: 'France'},
	{name: 'Olaf Scholz', role: 'Chancellor', country: 'Germany'},
	{name: 'Friedrich Merz', role: 'Chancellor', country: 'Germany'},
	{name: 'Annalena Baerbock', role: 'Foreign Minister', country: 'Germany'},
	{name: 'Narendra Modi', role: 'Prime Minister', country: 'India'},
	{name: 'Subrahmanyam Jaishankar', role: 'External Affairs Minister', country: 'India'},
	{name: 'Yoon Suk Yeol', role: 'President', country: 'South Korea'},
	{name: 'Lee Jae-myung', role: 'President', country: 'South Korea'},
	{name: 'Recep Tayyip Erdogan', role: 'President', country: 'Turkey'},
	{name: 'Benjamin Netanyahu', role: 'Prime Minister', country: 'Israel'},
	{name: 'Justin Trudeau', role: 'Prime Minister', country: 'Canada'},
	{name: 'Mark Carney', role: 'Prime Minister', country: 'Canada'},
	{name: 'Anthony Albanese', role: 'Prime Minister', country: 'Australia'},
	{name: 'Penny Wong', role: 'Foreign Minister', country: 'Australia'},
];

/** Bodies that speak in the news, for organisation speakers ("the Foreign Ministry said"). */
export const referenceOrganisations: readonly string[] = [
	'the Foreign Ministry',
	'the Defence Ministry',
	'the State Department',
	'the White House',
	'the United Nations',
	'NATO',
	'the European Union',
	'the European Commission',
	'the Security Council',
	'Reuters',
	'the Associated Press',
	'TASS',
	'Kyodo News',
	'Xinhua',
];

/** Posts a person in the news holds, for role questions. */
export const referenceRoles: readonly string[] = [
	'Prime Minister',
	'President',
	'Foreign Minister',
	'Defence Minister',
	'Finance Minister',
	'Chief Cabinet Secretary',
	'Ambassador to the United Nations',
	'Government spokesperson',
	'Speaker of the lower house',
	'Opposition leader',
];
