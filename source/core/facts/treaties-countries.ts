/**
 * Names that stand for a country in news copy, mapped to the country. A small
 * table on purpose: common country names and short forms, demonyms (as in
 * "Soviet–Japanese", "the Japanese government") and capitals or seats used as
 * metonyms ("Tokyo", "the Kremlin"). Ambiguous names (Brussels, Jerusalem,
 * Geneva, Georgia) are left out. Matching is case-sensitive, so "china" or
 * "turkey" are not countries.
 *
 * Country → [names and demonyms, capitals and seats].
 */
const table: Record<string, [string[], string[]]> = {
	Japan: [['Japan', 'Japanese'], ['Tokyo']],
	Russia: [['Russia', 'Russian Federation', 'Russian'], ['Moscow', 'Kremlin']],
	'Soviet Union': [['Soviet Union', 'USSR', 'Soviet'], []],
	'United States': [['United States', 'U.S.', 'US', 'USA', 'America', 'American'], ['Washington', 'White House']],
	'United Kingdom': [['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'British'], ['London']],
	China: [['China', 'Chinese'], ['Beijing']],
	Ukraine: [['Ukraine', 'Ukrainian'], ['Kyiv', 'Kiev']],
	France: [['France', 'French'], ['Paris']],
	Germany: [['Germany', 'German'], ['Berlin']],
	India: [['India', 'Indian'], ['New Delhi']],
	Pakistan: [['Pakistan', 'Pakistani'], ['Islamabad']],
	'South Korea': [['South Korea', 'South Korean'], ['Seoul']],
	'North Korea': [['North Korea', 'North Korean'], ['Pyongyang']],
	Iran: [['Iran', 'Iranian'], ['Tehran']],
	Iraq: [['Iraq', 'Iraqi'], ['Baghdad']],
	Israel: [['Israel', 'Israeli'], []],
	Palestine: [['Palestine', 'Palestinian'], []],
	Egypt: [['Egypt', 'Egyptian'], ['Cairo']],
	Syria: [['Syria', 'Syrian'], ['Damascus']],
	Lebanon: [['Lebanon', 'Lebanese'], ['Beirut']],
	Jordan: [['Jordan', 'Jordanian'], ['Amman']],
	'Saudi Arabia': [['Saudi Arabia', 'Saudi'], ['Riyadh']],
	Turkey: [['Turkey', 'Türkiye', 'Turkish'], ['Ankara']],
	Poland: [['Poland', 'Polish'], ['Warsaw']],
	Italy: [['Italy', 'Italian'], ['Rome']],
	Spain: [['Spain', 'Spanish'], ['Madrid']],
	Canada: [['Canada', 'Canadian'], ['Ottawa']],
	Mexico: [['Mexico', 'Mexican'], []],
	Brazil: [['Brazil', 'Brazilian'], ['Brasilia']],
	Australia: [['Australia', 'Australian'], ['Canberra']],
	Armenia: [['Armenia', 'Armenian'], ['Yerevan']],
	Azerbaijan: [['Azerbaijan', 'Azerbaijani'], ['Baku']],
	Belarus: [['Belarus', 'Belarusian'], ['Minsk']],
	Kazakhstan: [['Kazakhstan', 'Kazakh'], ['Astana']],
	Vietnam: [['Vietnam', 'Vietnamese'], ['Hanoi']],
	Taiwan: [['Taiwan', 'Taiwanese'], ['Taipei']],
	Philippines: [['Philippines', 'Philippine', 'Filipino'], ['Manila']],
	Indonesia: [['Indonesia', 'Indonesian'], ['Jakarta']],
	Mongolia: [['Mongolia', 'Mongolian'], ['Ulaanbaatar']],
	Finland: [['Finland', 'Finnish'], ['Helsinki']],
	Sweden: [['Sweden', 'Swedish'], ['Stockholm']],
	Norway: [['Norway', 'Norwegian'], ['Oslo']],
	Netherlands: [['Netherlands', 'Dutch'], ['The Hague']],
};

const countryOf = new Map<string, string>();
const places = new Set<string>();
for (const [country, [names, seats]] of Object.entries(table)) {
	for (const name of [...names, ...seats]) countryOf.set(name, country);
	for (const seat of seats) places.add(seat);
}

const alternatives = [...countryOf.keys()].sort((a, b) => b.length - a.length).map(name => name.replaceAll('.', '\\.'));
const namePattern = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');

export type CountryMention = {country: string; name: string; start: number; end: number};

/** Every name in the table found in `text`, in order, with the country it stands for. */
export function findCountries(text: string): CountryMention[] {
	const found: CountryMention[] = [];
	for (const match of text.matchAll(namePattern)) {
		const country = countryOf.get(match[0]);
		if (country) found.push({country, name: match[0], start: match.index, end: match.index + match[0].length});
	}
	return found;
}

/** The country a word stands for, or undefined. */
export function countryFor(word: string): string | undefined {
	return countryOf.get(word);
}

/** A capital or seat: it stands for its country in a sentence, but a treaty named after a city ("Paris Agreement") is not that country's. */
export function isPlace(name: string): boolean {
	return places.has(name);
}

/** Distinct countries in order of first appearance. */
export function distinctCountries(mentions: readonly CountryMention[]): string[] {
	return [...new Set(mentions.map(mention => mention.country))];
}

/** Every country in the table. */
export const countryNames: readonly string[] = Object.keys(table);

/** The capitals and seats that stand for a country ("Moscow", "Kremlin"). */
export function seatsOf(country: string): readonly string[] {
	return table[country]?.[1] ?? [];
}
