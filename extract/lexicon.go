package extract

import "strings"

// The extractor knows no names of the corpus: what follows is general
// knowledge of the kind a careful reader brings to any article: the
// countries of the world (present and historic) and their adjectives,
// military ranks and titles, and the nouns that head the names of
// organisations, places and events.

// countryList holds one country a line: its name, then the adjectives and
// other short names that refer to it, separated by '|'.
const countryList = `Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Andorra|Andorran
Angola|Angolan
Argentina|Argentine|Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian
Belgium|Belgian
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian
Bosnia and Herzegovina|Bosnian
Botswana|Botswanan
Brazil|Brazilian
Brunei|Bruneian
Bulgaria|Bulgarian
Burkina Faso|Burkinabe|Burkinabé
Burundi|Burundian
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Cape Verde|Cape Verdean
Central African Republic
Chad|Chadian
Chile|Chilean
China|Chinese|People's Republic of China
Colombia|Colombian
Comoros|Comorian
Costa Rica|Costa Rican
Croatia|Croatian|Croat
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czech|Czechia
Czechoslovakia|Czechoslovak
Democratic Republic of the Congo|Congolese|DR Congo|DRC
Denmark|Danish|Dane
Djibouti|Djiboutian
Dominican Republic|Dominican
East Timor|Timorese
Ecuador|Ecuadorian
Egypt|Egyptian
El Salvador|Salvadoran
Equatorial Guinea|Equatoguinean
Eritrea|Eritrean
Estonia|Estonian
Eswatini|Swazi
Ethiopia|Ethiopian
Fiji|Fijian
Finland|Finnish|Finn
France|French
Gabon|Gabonese
Gambia|Gambian|The Gambia
Georgia|Georgian
Germany|German
Ghana|Ghanaian
Greece|Greek
Guatemala|Guatemalan
Guinea|Guinean
Guinea-Bissau|Bissau-Guinean
Guyana|Guyanese
Haiti|Haitian
Honduras|Honduran
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian|Persian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli
Italy|Italian
Ivory Coast|Ivorian|Côte d'Ivoire
Jamaica|Jamaican
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
Kosovo|Kosovar
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Laos|Laotian|Lao
Latvia|Latvian
Lebanon|Lebanese
Lesotho|Basotho
Liberia|Liberian
Libya|Libyan
Liechtenstein
Lithuania|Lithuanian
Luxembourg|Luxembourgish
Madagascar|Malagasy
Malawi|Malawian
Malaysia|Malaysian
Maldives|Maldivian
Mali|Malian
Malta|Maltese
Mauritania|Mauritanian
Mauritius|Mauritian
Mexico|Mexican
Moldova|Moldovan
Monaco|Monegasque
Mongolia|Mongolian|Mongol
Montenegro|Montenegrin
Morocco|Moroccan
Mozambique|Mozambican
Myanmar|Burmese|Burma
Namibia|Namibian
Nepal|Nepalese|Nepali
Netherlands|Dutch|Holland
New Zealand
Nicaragua|Nicaraguan
Niger|Nigerien
Nigeria|Nigerian
North Korea|North Korean
North Macedonia|Macedonian
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palestine|Palestinian
Panama|Panamanian
Papua New Guinea
Paraguay|Paraguayan
Peru|Peruvian
Philippines|Filipino|Philippine
Poland|Polish|Pole
Portugal|Portuguese
Qatar|Qatari
Republic of the Congo
Romania|Romanian
Russia|Russian|Russian Federation
Rwanda|Rwandan
Saudi Arabia|Saudi
Senegal|Senegalese
Serbia|Serbian|Serb
Sierra Leone|Sierra Leonean
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian|Slovene
Somalia|Somali
South Africa|South African
South Korea|South Korean|Korean
South Sudan|South Sudanese
Spain|Spanish
Sri Lanka|Sri Lankan
Sudan|Sudanese
Suriname|Surinamese
Sweden|Swedish|Swede
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Tanzania|Tanzanian
Thailand|Thai|Siam|Siamese
Togo|Togolese
Tunisia|Tunisian
Turkey|Turkish|Türkiye
Turkmenistan|Turkmen
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates|Emirati|UAE
United Kingdom|British|UK|Great Britain|Britain
United States|American|U.S.|US|USA|United States of America|U.S.A.
Uruguay|Uruguayan
Uzbekistan|Uzbek
Venezuela|Venezuelan
Vietnam|Vietnamese|Viet Nam
Yemen|Yemeni
Yugoslavia|Yugoslav
Zambia|Zambian
Zimbabwe|Zimbabwean
Soviet Union|Soviet|USSR
England|English|Kingdom of England
Scotland|Scottish|Scots|Kingdom of Scotland
Wales|Welsh
Prussia|Prussian|Kingdom of Prussia
Ottoman Empire|Ottoman|Ottomans
Byzantine Empire|Byzantine
Holy Roman Empire
Austria-Hungary|Austro-Hungarian
Mughal Empire|Mughal
Qing dynasty|Qing
Kurdistan|Kurdish|Kurd
Venice|Venetian|Republic of Venice
Parthian Empire|Parthian
Achaemenid Empire|Achaemenid
Zulu Kingdom|Zulu
Ayyubid Sultanate|Ayyubid
Mamluk Sultanate|Mamluk
Roman Republic|Roman
Confederate States of America|Confederate|Confederacy|Confederate States|CSA
Hanover|Hanoverian
Saxony|Saxon
Bavaria|Bavarian
Württemberg
Brunswick
Nassau
Hesse|Hessian
Athens|Athenian
Sparta|Spartan
Thebes|Theban
Plataea|Plataean
Carthage|Carthaginian
Macedon|Macedonian
Genoa|Genoese
Savoy|Savoyard
Castile|Castilian
Aragon|Aragonese
Navarre|Navarrese
Bohemia|Bohemian
Wallachia|Wallachian
Moldavia|Moldavian
Muscovy|Muscovite
Epirus|Epirote
Numidia|Numidian
Assyria|Assyrian
Babylon|Babylonian
Syracuse|Syracusan
Union|Union (American Civil War)`

// A country is one line of countryList.
type country struct {
	name  string
	other []string // adjectives and short names
}

var (
	countries     []country
	countryByKey  = map[string]int{}  // key of a name or adjective -> index in countries
	demonymByKey  = map[string]int{}  // key of an adjective -> index
	countryIsName = map[string]bool{} // key of a full country name
)

func init() {
	for _, line := range strings.Split(countryList, "\n") {
		parts := strings.Split(line, "|")
		c := country{name: parts[0], other: parts[1:]}
		i := len(countries)
		countries = append(countries, c)
		countryByKey[Key(c.name)] = i
		countryIsName[Key(c.name)] = true
		for _, o := range c.other {
			k := Key(o)
			if _, ok := countryByKey[k]; !ok {
				countryByKey[k] = i
			}
			if isAdjective(o) {
				demonymByKey[k] = i
			}
		}
	}
}

// isAdjective tells an adjective or one-word short name ("French",
// "Britain") from an abbreviation ("UK") or a longer name.
func isAdjective(s string) bool {
	return !strings.Contains(s, " ") && strings.ToUpper(s) != s
}

// polityHeads are the nouns that make a name a state: "Kingdom of X",
// "X Empire".
var polityHeads = map[string]bool{
	"kingdom": true, "empire": true, "republic": true, "principality": true, "county": true,
	"duchy": true, "grand duchy": true, "sultanate": true, "caliphate": true, "emirate": true,
	"khanate": true, "tsardom": true, "electorate": true, "margraviate": true, "confederation": true,
	"commonwealth": true, "dominion": true, "federation": true, "shogunate": true, "dynasty": true,
	"state": true, "states": true, "confederacy": true, "protectorate": true, "colony": true,
	"monarchy": true, "realm": true, "union": false, "raj": true, "khaganate": true,
	"despotate": true, "exarchate": true, "satrapy": true, "league": false, "regency": true,
}

// polityTails are the nouns that end a state's name: "Parthian Empire".
var polityTails = map[string]bool{
	"empire": true, "kingdom": true, "republic": true, "sultanate": true, "caliphate": true,
	"khanate": true, "emirate": true, "confederacy": true, "dynasty": true, "shogunate": true,
	"raj": true, "khaganate": true, "principality": true, "duchy": true, "tsardom": true,
	"monarchy": true, "commonwealth": true, "confederation": true, "federation": true,
}

// orgHeads are the words that make a name an organisation.
var orgHeads = map[string]bool{
	"army": true, "armies": true, "forces": true, "force": true, "front": true, "movement": true,
	"group": true, "brigade": true, "brigades": true, "division": true, "company": true, "command": true,
	"government": true, "party": true, "order": true, "knights": true, "legion": true, "battalion": true,
	"regiment": true, "corps": true, "militia": true, "militias": true, "council": true, "alliance": true,
	"organization": true, "organisation": true, "committee": true, "police": true, "guard": true,
	"guards": true, "navy": true, "fleet": true, "squadron": true, "unit": true, "units": true,
	"coalition": true, "agency": true, "service": true, "services": true, "ministry": true,
	"department": true, "court": true, "congress": true, "parliament": true, "senate": true,
	"league": true, "union": true, "network": true, "cell": true, "cells": true, "fighters": true,
	"rebels": true, "guerrillas": true, "vigilantes": true, "column": true, "detachment": true,
	"hunters": true, "mujahideen": true, "jihad": false, "brotherhood": true, "faction": true,
	"federation": false, "school": false, "university": true, "news": true, "observatory": true,
	"batallion": true, "tribe": false, "family": false, "gendarmerie": true, "marines": true,
	"air": false, "taliban": true, "al-qaeda": true, "hezbollah": true, "council's": true,
	"militants": true, "commandos": true, "troops": false, "partisans": true, "resistance": true,
	"emirate": false, "institute": true, "bureau": true, "office": true, "assembly": true,
}

// placeHeads are the words that make a name a place.
var placeHeads = map[string]bool{
	"region": true, "province": true, "governorate": true, "district": true, "county": true,
	"city": true, "town": true, "village": true, "river": true, "mountain": true, "mountains": true,
	"mount": true, "hill": true, "hills": true, "island": true, "islands": true, "sea": true,
	"ocean": true, "bay": true, "gulf": true, "lake": true, "valley": true, "desert": true,
	"castle": true, "fort": true, "fortress": true, "palace": true, "hotel": true, "restaurant": true,
	"embassy": true, "base": true, "airport": true, "port": true, "bridge": true, "camp": true,
	"cercle": true, "prefecture": true, "state": false, "territory": true, "peninsula": true,
	"coast": true, "strait": true, "straits": true, "channel": true, "plain": true, "plains": true,
	"horns": true, "pass": true, "line": true, "landing": true, "harbour": true, "harbor": true,
	"square": true, "street": true, "station": true, "cathedral": true, "mosque": true, "church": true,
	"site": true, "oblast": true, "canton": true, "municipality": true, "department": false,
	"heights": true, "ridge": true, "forest": true, "wood": true, "woods": true, "field": true,
	"fields": true, "creek": true, "canal": true, "road": true, "highway": true, "border": true,
	"building": true, "headquarters": true, "prison": true, "school": true, "barracks": true,
	"garrison": false, "cape": true, "marsh": true, "delta": true, "basin": true, "oasis": true,
	"governate": true, "wilaya": true, "eyalet": true, "vilayet": true, "sanjak": true, "voivodeship": true,
	"raion": true, "pashalik": true, "beylik": true, "emirate": false, "kurdistan": false, "drift": true,
}

// ranks are the titles and ranks that go before a name and are not part
// of it (GOLD-FORMAT: "without titles and ranks"). Matched on the key.
var ranks = map[string]bool{
	"gen": true, "gen.": true, "general": true, "lt": true, "lt.": true, "lieutenant": true,
	"col": true, "col.": true, "colonel": true, "maj": true, "maj.": true, "major": true,
	"capt": true, "capt.": true, "cpt": true, "cpt.": true, "captain": true, "brig": true,
	"brig.": true, "brigadier": true, "bvt": true, "bvt.": true, "brevet": true, "sgt": true,
	"sgt.": true, "sergeant": true, "adm": true, "adm.": true, "admiral": true, "marshal": true,
	"field": false, "cmdr": true, "cmdr.": true, "commander": true, "cdr.": true, "lt.-gen.": true,
	"lieutenant-general": true, "major-general": true, "maj.-gen.": true, "lt.-col.": true,
	"lieutenant-colonel": true, "rear": false, "vice": false, "sir": true, "king": true,
	"queen": true, "emperor": true, "empress": true, "sultan": true, "president": true,
	"prince": true, "princess": true, "dauphin": true, "pope": true, "sheikh": false, "dr": true,
	"dr.": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms.": true, "shah": true,
	"tsar": true, "czar": true, "kaiser": true, "pharaoh": true, "consul": true, "governor": true,
	"chancellor": true, "premier": true, "minister": false, "prime": false, "caliph": true,
	"emir": true, "amir": true, "khan": false, "duke": false, "count": false, "earl": false,
	"baron": false, "lord": false, "private": true, "pvt.": true, "corporal": true, "cpl.": true,
	"ensign": true, "commodore": true, "generalfeldmarschall": true, "generalleutnant": true,
	"generaloberst": true, "feldmarschall": true, "oberst": true, "hauptmann": true, "major general": true,
	"gen.-lt.": true, "mg": false, "ltg": true, "bg": false, "rabbi": false, "imam": false,
	"ayatollah": false, "mullah": false, "archduke": true, "grand": false, "overall": false,
	"senior": false, "sub-lieutenant": true, "flight": false, "wing": false, "squadron": false,
	"air": false, "general-major": true, "colonel-general": true, "sultana": true, "vizier": true,
	"grand vizier": true, "pasha": false, "bey": false, "agha": false, "maharaja": true, "raja": true,
	"rajah": true, "nawab": true, "hetman": true, "voivode": true, "ban": false, "doge": true,
	"regent": true, "elector": true, "margrave": true, "landgrave": true, "comte": true, "marquis": false,
	"judge": true, "lieutenant-colonel.": true, "spc.": true, "warrant": false, "officer": false,
	"constable": true, "seneschal": true, "chieftain": true, "vice-admiral": true, "rear-admiral": true,
	"field-marshal": true, "brigadier-general": true, "air-marshal": true,
}

// multiRanks are ranks of several words.
var multiRanks = []string{
	"field marshal", "rear admiral", "vice admiral", "air marshal", "air vice marshal",
	"air chief marshal", "wing commander", "squadron leader", "flight lieutenant",
	"prime minister", "lieutenant general", "major general", "brigadier general",
	"lieutenant colonel", "first lieutenant", "second lieutenant", "staff sergeant",
	"marshal of the empire", "grand vizier", "chief of staff", "sergeant major",
	"lieutenant-general", "major-general", "warrant officer",
}

// monthByKey maps month names and abbreviations to their numbers.
var monthByKey = map[string]int{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8, "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
	"october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12,
	"dec": 12, "dec.": 12,
}
