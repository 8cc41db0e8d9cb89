package extract

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestBadInputs reads each testdata/bad/*.txt and wants exactly the errors
// its .err file lists, one "file:line: reason" a line.
func TestBadInputs(t *testing.T) {
	paths, err := filepath.Glob("../testdata/bad/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no bad inputs: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimPrefix(p, "../")
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			_, err = Read(name, f)
			var got strings.Builder
			PrintError(&got, err)
			if got.String() != string(want) {
				t.Errorf("got errors\n%s\nwant\n%s", got.String(), want)
			}
		})
	}
}

func TestSentinels(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"spaces", " \n\t\n", ErrEmpty},
		{"not utf-8", "Conflict: | A \xff |\n", ErrNotUTF8},
		{"no infobox", "Just prose.\n", ErrNoInfobox},
		{"no title", "Date: | 1900 |\nProse.\n", ErrNoTitle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(tt.src))
			if a != nil {
				t.Errorf("got an article, want none")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Battle of Elakla", "battle of elakla"},
		{"  The   Mali  War ", "mali war"},
		{"Sékou Traoré", "sekou traore"},
		{"Jama’at", "jama'at"},
		{"Roman–Parthian Wars", "roman-parthian wars"},
		{"İsmail", "ismail"},
		{"Ali Şeyh", "ali seyh"},
		{"ß", "ss"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutField(t *testing.T) {
	tests := []struct {
		line       string
		key, value string
		ok         bool
	}{
		{"Conflict: | Battle of Elakla |", "Conflict", "Battle of Elakla", true},
		{"Casualties2: | Light, mostly spearmen and some archers| |", "Casualties2", "Light, mostly spearmen and some archers|", true},
		{"Units1: | YPG | United States Armed Forces |U.S. Marines |", "Units1", "YPG | United States Armed Forces |U.S. Marines", true},
		{"Map Type: | Israel |", "Map Type", "Israel", true},
		{"Strength1: |  |", "Strength1", "", true},
		{"The battle of Elakla took place on February 21, 2019.", "", "", false},
		{"Note: the text: | is here", "", "", false},
	}
	for _, tt := range tests {
		key, value, _, ok := cutField(tt.line)
		if key != tt.key || value != tt.value || ok != tt.ok {
			t.Errorf("cutField(%q) = %q, %q, %v; want %q, %q, %v", tt.line, key, value, ok, tt.key, tt.value, tt.ok)
		}
	}
}

func TestListItems(t *testing.T) {
	tests := []struct {
		in   string
		want []string // name, then "+killedIn" etc. for marks, "(note)" for a note
	}{
		{"Djamel Okacha, Abu QudamaKIA", []string{"Djamel Okacha", "Abu Qudama +killedIn"}},
		{"Col. Ag Moussa25px Iyad Ag Ghaly", []string{"Col. Ag Moussa", "Iyad Ag Ghaly"}},
		{"John Frost (POW)", []string{"John Frost +capturedIn"}},
		{"Luis Otero CifuentesKIA Alfonso Jacquin", []string{"Luis Otero Cifuentes +killedIn", "Alfonso Jacquin"}},
		{"Sir David Baird, 1st Baronet, David BairdWIA", []string{"Sir David Baird, 1st Baronet", "David Baird +woundedIn"}},
		{"Overall commander:, Maj. Gen. Lord Chelmsford", []string{"Maj. Gen. Lord Chelmsford"}},
		{"Polad Talabani, (Peshmerga Counterterrorism Group commander)", []string{"Polad Talabani (Peshmerga Counterterrorism Group commander)"}},
		{"border|22px Túpac Amaru Revolutionary Movement", []string{"Túpac Amaru Revolutionary Movement"}},
		{"Unknown", nil},
		{"Suleiman I #, Sokollu Mehmed Pasha", []string{"Suleiman I", "Sokollu Mehmed Pasha"}},
		{"Ali Şeyh SalihDOW, (Sultan Murad Division field commander)", []string{"Ali Şeyh Salih +killedIn (Sultan Murad Division field commander)"}},
		{"John Howard, Duke of NorfolkKIA, Philip the BoldPOW, Duke of BourbonKIA", []string{"John Howard, Duke of Norfolk +killedIn", "Philip the Bold +capturedIn", "Duke of Bourbon +killedIn"}},
		{"Thomas, Lord Stanley, Sir William Stanley, Francis, Viscount Lovell", []string{"Thomas, Lord Stanley", "Sir William Stanley", "Francis, Viscount Lovell"}},
		{"Saladin, Al-Adil I", []string{"Saladin", "Al-Adil I"}},
		{"Philip II, King of France, Robert II, Count of Dreux", []string{"Philip II", "Robert II, Count of Dreux"}},
		{"Edward, the Black Prince, Jean de Grailly", []string{"Edward, the Black Prince", "Jean de Grailly"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, it := range peopleItems(tt.in) {
				if it.head || it.name == "" {
					continue
				}
				s := it.name
				for _, m := range it.marks {
					s += " +" + string(m)
				}
				if it.note != "" {
					s += " (" + it.note + ")"
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStripRanks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lt. Gen. Zekai Aksakallı", "Zekai Aksakallı"},
		{"Bvt. Lt. Col. Henry Pulleine", "Henry Pulleine"},
		{"Maj. Gen. Lord Chelmsford", "Lord Chelmsford"},
		{"Sir Henry Percy", "Henry Percy"},
		{"King Hussein", "Hussein"},
		{"General", "General"},
		{"Field Marshal Sir Bernard Montgomery", "Bernard Montgomery"},
	}
	for _, tt := range tests {
		if got := stripRanks(tt.in); got != tt.want {
			t.Errorf("stripRanks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// figureString writes a figure as the gold files do: "side kind count-max".
func figureString(f Figure) string {
	s := string(f.Kind) + " "
	if f.HasCount {
		s += itoa(f.Count)
		if f.Max > 0 {
			s += "-" + itoa(f.Max)
		}
	} else {
		s += "?"
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestFigures(t *testing.T) {
	tests := []struct {
		key, value string
		want       []string
	}{
		{"Casualties2", "11 killed Several prisoners[1]", []string{"killed 11", "captured ?"}},
		{"Casualties1", "None", []string{"total 0"}},
		{"Casualties1", "1,200–1,500 killed", []string{"killed 1200-1500"}},
		{"Casualties1", "at least 40 dead and 60 wounded", []string{"killed 40", "wounded 60"}},
		{"Casualties1", "~300", []string{"total 300"}},
		{"Casualties2", "84 killed and several captured", []string{"killed 84", "captured ?"}},
		{"Casualties1", "900 dead or wounded, 300 missing, 6 transports lost", []string{"total 900", "missing 300"}},
		{"Casualties2", "Israel: 28– 33 dead, 27 tanks damaged, 2 captured, PLO:, 156 dead", []string{"killed 28-33", "killed 156"}},
		{"Casualties1", "Up to 1,800 killed. More wounded and captured", []string{"killed 1800", "wounded ?", "captured ?"}},
		{"Casualties2", "100 or 500", []string{"total 100-500"}},
		{"Casualties1", "600700 killed or wounded", []string{"total 600-700"}},
		{"Casualties1", "Unknown", nil},
		{"Casualties1", "30,000<hr>5,000–10,000 escaped", []string{"total 30000"}},
		{"Strength1", "250 (Initially), 750 (Reinforcements), 1 , Total:, 1,000", []string{"strength 250", "strength 750", "strength 1000"}},
		{"Strength2", "36,000–43,000 men", []string{"strength 36000-43000"}},
		{"Strength1", "1 reinforced airborne division, 1 parachute infantry brigade", nil},
		{"Strength2", "500 Syrian and Russian troops 27 total vehicles", []string{"strength 500"}},
		{"Strength1", "Unknown", nil},
		{"Strength1", "4,000, 26 ships", []string{"strength 4000"}},
		{"Casualties1", "23,049 total, (3,155 killed, 14,529 wounded, 5,365 captured/missing)", []string{"total 23049", "killed 3155", "wounded 14529", "captured 5365"}},
		{"Casualties2", "7,000–10,000 (mostly killed) and about 1,500 noble prisoners (executed)", []string{"total 7000-10000", "captured 1500"}},
		{"Casualties2", "From 77,166 killed to 110,000 killed (US estimate), More than 7,000 captured", []string{"killed 77166-110000", "captured 7000"}},
		{"Casualties2", "6,400 dead, 7 ships destroyed (Herodotus), 4,000–5,000 dead (modern estimates)", []string{"killed 6400", "killed 4000-5000"}},
		{"Casualties2", "478,741 killed and missing, 650,878 wounded or sick, 2,769 aircraft", []string{"total 478741", "wounded 650878"}},
		{"Casualties1", "Around 600 dead, unknown wounded", []string{"killed 600", "wounded ?"}},
		{"Strength1", "541,000 in Tenth Army, 183,000 combat troops rising to c. 250,000", []string{"strength 541000", "strength 183000"}},
		{"Strength1", "About 5⁄6 longbowmen, 1⁄6 dismounted knights", nil},
		{"Strength1", "Total: 151 combat ships, 28 battleships, 9 battlecruisers, 1 seaplane carrier", nil},
		{"Strength1", "6–7, (4 dead, 2–3 on the run)", []string{"strength 6-7"}},
		{"Casualties1", "24,000 to 26,000 casualties, including 6,000 to 7,000 captured, 42,000 deserted", []string{"total 24000-26000", "captured 6000-7000"}},
		{"Casualties2", "13,000 dead, wounded and 6000 captured", []string{"total 13000", "captured 6000"}},
		{"Casualties3", "35 killed overall, including 3 Niger fighters, and 41 wounded", []string{"killed 35", "wounded 41"}},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			src := "Conflict: | Battle of Test |\n" + tt.key + ": | " + tt.value + " |\n"
			a, _ := Parse("t.txt", []byte(src))
			if a == nil {
				t.Fatal("no article")
			}
			var got []string
			for _, f := range a.Figures {
				got = append(got, figureString(f))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Major General Ulysses S. Grant was the Union commander. It ended.", []string{"Major General Ulysses S. Grant was the Union commander.", "It ended."}},
		{"General P. G. T. Beauregard took over. Grant won.", []string{"General P. G. T. Beauregard took over.", "Grant won."}},
		{"The U.S. Congress met. Then it rained.", []string{"The U.S. Congress met.", "Then it rained."}},
		{"It was the second-in-command.[2] He died.", []string{"It was the second-in-command.[2]", "He died."}},
		{"He died in World War I. Under the treaty, peace came.", []string{"He died in World War I.", "Under the treaty, peace came."}},
		{"Lt. Col. Smith attacked at 1:13pm from Bou Djeheba.", []string{"Lt. Col. Smith attacked at 1:13pm from Bou Djeheba."}},
		{"The order read “Gen. Smith will attack” at dawn.", []string{"The order read “Gen. Smith will attack” at dawn."}},
		{"The order read \"Gen. Smith will attack\" at dawn.", []string{"The order read \"Gen. Smith will attack\" at dawn."}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(paragraph{text: tt.in, line: 1}, true) {
				got = append(got, s.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// has reports whether a holds the relation, by labels.
func hasRel(a *Article, s string, r Rel, o string, side int) bool {
	for _, rel := range a.Relations {
		if rel.Rel == r && a.Entity(rel.Subject).Label == s && a.Entity(rel.Object).Label == o && (side < 0 || rel.Side == side) {
			return true
		}
	}
	return false
}

// TestFacts reads small articles and wants the facts a careful reader
// would take from them: infobox fields and what the prose says.
func TestFacts(t *testing.T) {
	type rel struct {
		s    string
		r    Rel
		o    string
		side int
	}
	tests := []struct {
		name     string
		src      string
		rels     []rel
		notRels  []rel
		types    map[string]Type
		aliases  map[string]string // alias -> label
		noAlias  map[string]string // alias -> label it must not be of
		noEntity []string
	}{
		{
			name: "infobox",
			src: "Conflict: | Battle of Test (1901) |\nPartof: | the East African campaign of World War I |\nPlace: | Near Testville, Testland Region, Mali |\n" +
				"Result: | Decisive French victory |\nCombatant1: | France |\nCombatant2: | RUS Wagner Group, * Storm unit |\n" +
				"Commander1: | Gen. Jean Dupont, Paul MartinKIA |\nCommander2: | Ivan PetrovPOW, (Storm Brigade commander) |\n",
			rels: []rel{
				{"Battle of Test", PartOf, "East African campaign", 0},
				{"East African campaign", PartOf, "World War I", 0},
				{"Battle of Test", Location, "Testville", 0},
				{"Testville", LocatedIn, "Testland Region", 0},
				{"Testland Region", LocatedIn, "Mali", 0},
				{"France", CombatantIn, "Battle of Test", 1},
				{"Wagner Group", CombatantIn, "Battle of Test", 2},
				{"Storm unit", AffiliatedWith, "Wagner Group", 0},
				{"Jean Dupont", CommanderIn, "Battle of Test", 1},
				{"Paul Martin", KilledIn, "Battle of Test", 0},
				{"Ivan Petrov", CapturedIn, "Battle of Test", 0},
				{"Ivan Petrov", LeaderOf, "Storm Brigade", 0},
				{"France", WinnerOf, "Battle of Test", 0},
			},
			types:   map[string]Type{"France": Country, "Wagner Group": Organization, "Mali": Country, "Testville": Place, "World War I": Event},
			aliases: map[string]string{"Battle of Test (1901)": "Battle of Test"},
		},
		{
			name: "prose",
			src: "Conflict: | Battle of Test |\nCombatant1: | National Movement for Testing |\nCommander2: | Ahmed Karim |\n" +
				"The Battle of Test was fought between the National Movement for Testing (NMT) and the Kingdom of Examples near the town of Testville. " +
				"Ahmed Karim, nom de guerre Abu Test and leader of the militant group Ansar Test, was also killed in the battle. " +
				"Karim's death was confirmed by Omar Said, a founding member of the NMT.\n",
			rels: []rel{
				{"National Movement for Testing", OpponentOf, "Kingdom of Examples", 0},
				{"Kingdom of Examples", ParticipantIn, "Battle of Test", 0},
				{"Ahmed Karim", KilledIn, "Battle of Test", 0},
				{"Ahmed Karim", LeaderOf, "Ansar Test", 0},
				{"Omar Said", MemberOf, "National Movement for Testing", 0},
				{"Omar Said", FounderOf, "National Movement for Testing", 0},
			},
			notRels: []rel{{"Omar Said", KilledIn, "Battle of Test", -1}},
			types:   map[string]Type{"Kingdom of Examples": Country, "Ansar Test": Organization, "Omar Said": Person, "Testville": Place},
			aliases: map[string]string{"NMT": "National Movement for Testing", "Abu Test": "Ahmed Karim", "Karim": "Ahmed Karim"},
		},
		{
			name:     "sentence-initial words are not names",
			src:      "Conflict: | Battle of Test |\nDoggedly pursued, they fled. Overnight it rained. Notably, nothing happened.\n",
			noEntity: []string{"Doggedly", "Overnight", "Notably"},
		},
		{
			name: "ranks, ordinals and joined adjectives alone name nothing",
			src: "Conflict: | Battle of Test |\nThe French Marshal set off with the Tenth, aided by their Crimean Tatar allies, to hold the Middle Eastern and Persian oil fields. " +
				"Captain Pierre-Jean Standelet struck his flag during the Northern Mali conflict.\n",
			noEntity: []string{"Marshal", "Tenth", "Crimean Tatar", "Middle Eastern"},
			types:    map[string]Type{"Pierre-Jean Standelet": Person, "Northern Mali conflict": Event},
		},
		{
			name: "a force's commander in brackets",
			src: "Conflict: | Battle of Test |\nIt was fought between the Panzer Army Africa (Field Marshal Erwin Rommel) " +
				"and the Eighth Army (General Claude Auchinleck), and the Army of Mali (Ibrahim Keita, a spokesman) watched.\n",
			rels:    []rel{{"Claude Auchinleck", LeaderOf, "Eighth Army", 0}, {"Erwin Rommel", LeaderOf, "Panzer Army Africa", 0}},
			notRels: []rel{{"Ibrahim Keita", LeaderOf, "Army of Mali", -1}},
		},
		{
			name:  "an unnamed campaign given a name",
			src:   "Conflict: | Battle of Test |\nThis battle was part of a larger offensive campaign known as Operation Forager, which ran from June.\n",
			rels:  []rel{{"Battle of Test", PartOf, "Operation Forager", 0}},
			types: map[string]Type{"Operation Forager": Event},
		},
		{
			name:  "a sea named by an adjective",
			src:   "Conflict: | Battle of Test |\nThe war went on across the English Channel and the Royal Navy held it.\n",
			types: map[string]Type{"English Channel": Place, "Royal Navy": Organization},
		},
		{
			name: "adjectives of peoples before nouns",
			src: "Conflict: | Battle of Test |\nA federation of Scythian tribesmen crossed the Danube. The Edwardian phase ended. " +
				"Its North American colonies rebelled, and the 1997 Japanese embassy hostage crisis began. Julian was emperor.\n",
			noEntity: []string{"Scythian", "Edwardian", "North American"},
			types:    map[string]Type{"1997 Japanese embassy hostage crisis": Event},
		},
		{
			name: "a victory's adjective is not part of its winner",
			src: "Conflict: | Battle of Test |\nResult: | Decisive Ethiopian victory |\nCombatant1: | Ethiopian Empire |\nCombatant2: | Kingdom of Italy |\n" +
				"The Ethiopian Empire fought the Kingdom of Italy.\n",
			rels:     []rel{{"Ethiopian Empire", WinnerOf, "Battle of Test", 0}},
			noEntity: []string{"Decisive Ethiopian", "Decisive", "Ethiopian"},
		},
		{
			name:  "a country under a word that tells which",
			src:   "Conflict: | Battle of Test |\nCombatant1: | Nazi Germany, Kingdom of Italy |\nCombatant2: | Union of South Africa, Free French |\n",
			types: map[string]Type{"Nazi Germany": Country, "Union of South Africa": Country, "Free French": Organization},
		},
		{
			name: "other names of the subject in brackets and after a cue",
			src: "Conflict: | Battle of Test |\nThe Battle of Test (Testschlacht, the Battle of Probe; German:Zweite Schlacht bei Test), " +
				"also called the Battle of Exam or in German Battle of Pruefung, was fought in 1900.\n",
			aliases: map[string]string{"Battle of Probe": "Battle of Test", "Zweite Schlacht bei Test": "Battle of Test",
				"Battle of Exam": "Battle of Test", "Battle of Pruefung": "Battle of Test"},
		},
		{
			name:     "the subject or another name",
			src:      "Conflict: | Battle of Test |\nThe Battle of Test or Test Campaign took place in 1644, as did the Battle of Probe or Exam.\n",
			aliases:  map[string]string{"Test Campaign": "Battle of Test"},
			noEntity: []string{"Test Campaign"},
		},
		{
			name:    "a date in the subject's brackets is no name",
			src:     "Conflict: | Battle of Test |\nThe Battle of Test (23 October–11 November 1942) was fought in Egypt.\n",
			noAlias: map[string]string{"23 October–11 November 1942": "Battle of Test"},
		},
		{
			name:    "names after a cue in brackets",
			src:     "Conflict: | Battle of Test |\nThe Battle of Test (also known as the Battle of Trial Bay; Bataille de Test) was fought in 1900.\n",
			aliases: map[string]string{"Battle of Trial Bay": "Battle of Test", "Bataille de Test": "Battle of Test"},
		},
		{
			name:    "the prose opens with another name of the subject",
			src:     "Conflict: | Battle of Abrittus |\nThe Battle of Abritus, also known as the Battle of Forum Terebronii, occurred in 251. The Battle of Naissus followed.\n",
			aliases: map[string]string{"Battle of Abritus": "Battle of Abrittus", "Battle of Forum Terebronii": "Battle of Abrittus"},
			types:   map[string]Type{"Battle of Naissus": Event},
		},
		{
			name: "a peer's title before two names or more",
			src: "Conflict: | Battle of Test |\nCommander1: | Khan İslâm III Giray, Count Overkirk |\n" +
				"Duke Bogusław Radziwiłł fought beside Count Ferrand of Flanders and Lord Chelmsford.\n",
			types:    map[string]Type{"İslâm III Giray": Person, "Count Overkirk": Person, "Bogusław Radziwiłł": Person, "Ferrand of Flanders": Person, "Lord Chelmsford": Person},
			noEntity: []string{"Khan İslâm III Giray", "Duke Bogusław Radziwiłł", "Overkirk"},
		},
		{
			name: "names joined by and",
			src: "Conflict: | Battle of Test |\nThe battle coincided with the Battle of Stalingrad and the Guadalcanal Campaign. " +
				"It was fought during the Mariana and Palau Campaign. The Battles of Lexington and Concord began the war, as did the Islamic State of Iraq and the Levant.\n",
			types: map[string]Type{"Battle of Stalingrad": Event, "Guadalcanal Campaign": Event, "Mariana and Palau Campaign": Event,
				"Battles of Lexington and Concord": Event, "Islamic State of Iraq and the Levant": Organization},
			noEntity: []string{"Mariana", "Palau Campaign", "Battles of Lexington"},
		},
		{
			name: "a place beside, not around",
			src:  "Conflict: | Battle of Test |\nPlace: | Testville, then Oldland, present day Newland; 15 km south of Bigtown, Region |\n",
			rels: []rel{
				{"Battle of Test", Location, "Testville", 0},
				{"Testville", LocatedIn, "Newland", 0},
				{"Bigtown", LocatedIn, "Region", 0},
			},
			notRels:  []rel{{"Testville", LocatedIn, "Bigtown", -1}, {"Newland", LocatedIn, "Bigtown", -1}},
			noEntity: []string{"Newland; 15 km south of Bigtown"},
		},
		{
			name:    "a Place field's brackets: today's country, today's name",
			src:     "Conflict: | Battle of Test |\nPlace: | Oldtown, Moesia Inferior, (modern-day Newtown, Bulgaria) |\n",
			rels:    []rel{{"Oldtown", LocatedIn, "Bulgaria", 0}, {"Oldtown", LocatedIn, "Moesia Inferior", 0}},
			aliases: map[string]string{"Newtown": "Oldtown"},
		},
		{
			name:     "a country in a Place field's brackets holds the place",
			src:      "Conflict: | Battle of Test |\nPlace: | Testville, Crown of the Kingdom of Poland (today Ukraine) |\n",
			rels:     []rel{{"Testville", LocatedIn, "Ukraine", 0}, {"Testville", LocatedIn, "Crown of the Kingdom of Poland", 0}},
			noEntity: []string{"today Ukraine"},
		},
		{
			name:    "a Place field that lists places",
			src:     "Conflict: | War of Test |\nPlace: | Eastern North America, Gibraltar, Balearic Islands, Caribbean Sea |\n",
			rels:    []rel{{"War of Test", Location, "Gibraltar", 0}, {"War of Test", Location, "Caribbean Sea", 0}},
			notRels: []rel{{"Gibraltar", LocatedIn, "Balearic Islands", -1}, {"Eastern North America", LocatedIn, "Caribbean Sea", -1}},
		},
		{
			name: "a winner named by an adjective",
			src: "Conflict: | Battle of Test |\nPlace: | Near Testville, Poland |\nResult: | Decisive Polish Victory |\n" +
				"Combatant1: | Teutonic Order |\nCombatant2: | Kingdom of Poland |\n",
			rels:     []rel{{"Kingdom of Poland", WinnerOf, "Battle of Test", 0}},
			notRels:  []rel{{"Poland", WinnerOf, "Battle of Test", 0}},
			noEntity: []string{"Polish Victory", "Decisive Polish Victory"},
		},
		{
			name: "winners by their plural, stem or last word",
			src:  "Conflict: | Battle of Test |\nResult: | Gothic victory |\nCombatant1: | Roman Empire |\nCombatant2: | Goths |\n",
			rels: []rel{{"Goths", WinnerOf, "Battle of Test", 0}},
		},
		{
			name: "an alliance wins",
			src:  "Conflict: | Battle of Test |\nResult: | Decisive Coalition victory |\nCombatant1: | French Empire |\nCombatant2: | Seventh Coalition:, Prussia |\n",
			rels: []rel{{"Seventh Coalition", WinnerOf, "Battle of Test", 0}},
		},
		{
			name: "an alliance heads its members",
			src:  "Conflict: | Battle of Test |\nCombatant1: | Axis:, Nazi Germany, Kingdom of Italy |\nCombatant2: | Ground Forces:, United States, Supported by:, Kingdom of France |\n",
			rels: []rel{
				{"Axis", CombatantIn, "Battle of Test", 1},
				{"Kingdom of Italy", CombatantIn, "Battle of Test", 1},
				{"Kingdom of France", CombatantIn, "Battle of Test", 2},
			},
			noEntity: []string{"Ground Forces", "Supported by"},
		},
		{
			name: "a commander's given name alone",
			src: "Conflict: | Battle of Test |\nCommander1: | Napoleon Bonaparte |\nCommander2: | Arthur Wellesley |\n" +
				"Upon Napoleon's return, Wellesley withdrew.\n",
			aliases:  map[string]string{"Napoleon": "Napoleon Bonaparte", "Wellesley": "Arthur Wellesley"},
			noEntity: []string{"Napoleon"},
		},
		{
			name: "a place's other name in brackets",
			src: "Conflict: | Battle of Test |\nPlace: | Stalingrad |\n" +
				"The battle was fought for Stalingrad (now Volgograd). Troops came from Danzig (Gdańsk) and Mewe (German: Gniew) under Hill (Third).\n",
			aliases:  map[string]string{"Volgograd": "Stalingrad", "Gniew": "Mewe"},
			noAlias:  map[string]string{"Gdańsk": "Danzig"}, // a bare bracket may say where ("Tannenberg (East Prussia)")
			noEntity: []string{"Volgograd", "Gniew"},
		},
		{
			name: "one agent fought another",
			src: "Conflict: | Battle of Test |\nCombatant1: | Germany |\nCombatant2: | Soviet Union |\n" +
				"It was a battle in which Germany and its allies fought the Soviet Union. Ottoman forces fought on, and the men fought bravely.\n",
			rels: []rel{{"Germany", OpponentOf, "Soviet Union", 0}},
		},
		{
			name: "fought by one fleet against another's",
			src: "Conflict: | Battle of Test |\nCombatant1: | United Kingdom |\nCombatant2: | German Empire |\n" +
				"It was fought by the British Royal Navy's Grand Fleet under Admiral John Jellicoe, against the Imperial German Navy's High Seas Fleet.\n",
			rels:    []rel{{"Grand Fleet", OpponentOf, "High Seas Fleet", 0}},
			notRels: []rel{{"British Royal Navy", OpponentOf, "Imperial German Navy", -1}, {"Grand Fleet", OpponentOf, "Imperial German Navy", -1}},
		},
		{
			name:     "a country's short name for its long one",
			src:      "Conflict: | Battle of Test |\nCombatant1: | United Kingdom of Great Britain and Ireland |\nGreat Britain and Ireland fought on.\n",
			aliases:  map[string]string{"Great Britain": "United Kingdom of Great Britain and Ireland"},
			noEntity: []string{"United Kingdom", "Great Britain"},
		},
		{
			name:     "a ruler's epithet",
			src:      "Conflict: | Battle of Test |\nThe army was hired by the king, Casimir IV the Jagiellon, and by Pompey the Great.\n",
			types:    map[string]Type{"Casimir IV the Jagiellon": Person, "Pompey the Great": Person},
			noEntity: []string{"Jagiellon", "Casimir IV"},
		},
		{
			name:     "a ruler's name with his realm",
			src:      "Conflict: | Battle of Test |\nCommander2: | John IIPOW |\nThe army of King John II of France was beaten.\n",
			aliases:  map[string]string{"John II of France": "John II"},
			noEntity: []string{"John II of France"},
		},
		{
			name: "a peer by the place of his title",
			src: "Conflict: | Battle of Test |\nCommander1: | Napoleon Bonaparte |\nCommander2: | Duke of Wellington |\n" +
				"Napoleon attacked before Wellington could withdraw.\n",
			aliases:  map[string]string{"Wellington": "Duke of Wellington"},
			noEntity: []string{"Napoleon"},
		},
		{
			name: "a victory's adjective before a short form",
			src: "Conflict: | Battle of Test |\nResult: | Pyrrhic Coalition victory |\nCombatant1: | French Empire |\nCombatant2: | Seventh Coalition |\n" +
				"The French Empire fought the Seventh Coalition.\n",
			noEntity: []string{"Pyrrhic Coalition", "Pyrrhic"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("t.txt", []byte(tt.src))
			if a == nil {
				t.Fatal(err)
			}
			for _, r := range tt.rels {
				if !hasRel(a, r.s, r.r, r.o, r.side) {
					t.Errorf("missing %s %s %s (side %d)", r.s, r.r, r.o, r.side)
				}
			}
			for _, r := range tt.notRels {
				if hasRel(a, r.s, r.r, r.o, r.side) {
					t.Errorf("unwanted %s %s %s", r.s, r.r, r.o)
				}
			}
			for label, typ := range tt.types {
				e := findLabel(a, label)
				if e == nil {
					t.Errorf("no entity %q", label)
				} else if e.Type != typ {
					t.Errorf("%q: got type %s, want %s", label, e.Type, typ)
				}
			}
			for alias, label := range tt.aliases {
				e := findLabel(a, label)
				if e == nil || !contains(e.Aliases, alias) {
					t.Errorf("%q should be an alias of %q", alias, label)
				}
			}
			for alias, label := range tt.noAlias {
				if e := findLabel(a, label); e != nil && contains(e.Aliases, alias) {
					t.Errorf("%q should not be an alias of %q", alias, label)
				}
			}
			for _, n := range tt.noEntity {
				if findLabel(a, n) != nil {
					t.Errorf("%q should not be an entity", n)
				}
			}
			// Every fact names entities of the article.
			for _, r := range a.Relations {
				if a.Entity(r.Subject) == nil || a.Entity(r.Object) == nil {
					t.Errorf("relation %v names a missing entity", r)
				}
			}
		})
	}
}

func findLabel(a *Article, label string) *Entity {
	for _, e := range a.Entities {
		if e.Label == label {
			return e
		}
	}
	return nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestSources(t *testing.T) {
	src := "Conflict: | Battle of Ünter |\nDate: | 1 May 1900 |\nThe Battle of Ünter ended. Émile Dupont was killed in the battle.\n"
	a, err := Parse("t.txt", []byte(src))
	if a == nil {
		t.Fatal(err)
	}
	runes := []rune(src)
	for _, r := range a.Relations {
		s := r.Source
		if s.Start < 0 || s.End > len(runes) || s.Start >= s.End {
			t.Fatalf("bad offsets %d-%d", s.Start, s.End)
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Errorf("offsets %d-%d give %q, want %q", s.Start, s.End, got, s.Text)
		}
	}
	for _, at := range a.Attributes {
		s := at.Source
		if got := string(runes[s.Start:s.End]); got != s.Text || s.Field != "Date" || s.Line != 2 {
			t.Errorf("date source %+v gives %q", s, got)
		}
	}
}

// TestReuse checks that an extractor kept for reuse carries nothing of one
// article into the next: each article read by reused extractors, after
// all the others, gives what a new extractor gives.
func TestReuse(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	more, _ := filepath.Glob("../../shared/corpus/*.txt")
	paths = append(paths, more...)
	if len(paths) < 2 {
		t.Skip("fewer than two articles to read")
	}
	first := make(map[string]*Article)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := parse(p, src, newExtractor)
		first[p] = a
		Parse(p, src)
	}
	for i := len(paths) - 1; i >= 0; i-- {
		src, _ := os.ReadFile(paths[i])
		a, _ := Parse(paths[i], src)
		if !reflect.DeepEqual(a, first[paths[i]]) {
			t.Errorf("%s: read again after other articles, it differs", paths[i])
		}
	}
}

// TestInternalError checks that a bug met while reading an input becomes
// that input's ErrInternal instead of ending the program (Parse itself lets
// a runtime error go on up), and that a label which lower-cases to another
// length ("İ" is "i") is no such bug.
func TestInternalError(t *testing.T) {
	crash := func(string, layout) *extractor {
		var xs []*extractor
		return xs[len(xs)] // index out of range: a runtime error
	}
	src := []byte("Conflict: | Battle of Foo |\n\nFrance fought at the Battle of Foo.\n")
	func() {
		defer func() {
			if _, ok := recover().(runtime.Error); !ok {
				t.Error("parse did not let a runtime error go on up")
			}
		}()
		parse("crash.txt", src, crash)
	}()
	a, err := readInput(Input{Name: "crash.txt", R: crashReader{}})
	if a != nil || !errors.Is(err, ErrInternal) || !strings.HasPrefix(err.Error(), "crash.txt: ") {
		t.Errorf("a panic gave %v, %v; want no article and crash.txt's ErrInternal", a, err)
	}
	lowered := strings.Repeat("i", 8) // "İ" lowers to "i"
	for _, prose := range []string{
		"France (the state) fought at Battle of " + lowered,
		"France (the state) fought at Battle of " + lowered + ".",
		"Battle of " + lowered + " (the fight) was short.",
	} {
		src := "Conflict: | Battle of " + strings.Repeat("\u0130", 8) + " |\nDate: | 1 May 1900 |\n\n" + prose + "\n"
		if _, err := Parse("lowered.txt", []byte(src)); err != nil {
			t.Errorf("%q: %v", prose, err)
		}
	}
}

// crashReader panics with a runtime error when read.
type crashReader struct{}

func (crashReader) Read(p []byte) (int, error) {
	var b []byte
	return int(b[len(p)]), nil
}
