package wikitext

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/factloom/factloom/extract"
)

// box wraps infobox parameters in the conflict infobox.
func box(params string) string { return "{{Infobox military conflict\n" + params + "\n}}\n" }

func TestConvert(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", box("| conflict = Battle of X\n| partof = the [[Mali War]]"),
			"Conflict: | Battle of X |\nPartof: | the Mali War |\n"},
		{"no conflict name gives the title", box("| date = 1415"),
			"Date: | 1415 |\nConflict: | T |\n"},
		{"flags dropped, flag keeps its name", box("| combatant1 = {{flagicon|FRA}} [[France]]<br/>{{flag|Mali}}\n| combatant2 = {{flagdeco|X}} {{flagcountry|Niger}}"),
			"Combatant1: | France, Mali |\nCombatant2: | Niger |\nConflict: | T |\n"},
		{"killed marks run in", box("| commander1 = [[Richard III]]{{KIA}}<br/>[[A B|B]] {{POW}}\n| commander2 = C{{WIA}}, D †"),
			"Commander1: | Richard IIIKIA, B POW |\nCommander2: | CWIA, D † |\nConflict: | T |\n"},
		{"plainlist", box("| commander1 = {{plainlist|\n* [[A]]\n* [[B|Bee]]{{KIA}}\n}}\n| commander2 = {{Plainlist}}\n* C\n* D\n{{Endplainlist}}"),
			"Commander1: | A, BeeKIA |\nCommander2: | C, D |\nConflict: | T |\n"},
		{"ubl and hlist", box("| units1 = {{ubl|1st Army|[[2nd Army]]|class=x}}\n| units2 = {{hlist|E|F}}"),
			"Units1: | 1st Army, 2nd Army |\nUnits2: | E, F |\nConflict: | T |\n"},
		{"refs, comments and citations removed", box("| result = <!-- see talk -->French victory<ref name=a>{{cite web|url=x|title=y}}</ref><ref name=b/>{{sfn|Z|2001|p=3}}{{cn|date=May 2020}}"),
			"Result: | French victory |\nConflict: | T |\n"},
		{"casualties list", box("| casualties2 = 2,351 killed<br />28 captured{{efn|note}}"),
			"Casualties2: | 2,351 killed, 28 captured |\nConflict: | T |\n"},
		{"start date", box("| date = {{start date|2019|2|21}}\n| date2 = {{Start date|1942|08|23|df=y}}"),
			"Date: | February 21, 2019 |\nDate2: | 23 August 1942 |\nConflict: | T |\n"},
		{"start and end dates", box("| date = {{Start and end dates|1942|8|23|1943|2|2|df=yes}}"),
			"Date: | 23 August 1942 – 2 February 1943 |\nConflict: | T |\n"},
		{"layout parameters left out", box("| image = X.jpg\n| caption = A [[b]]\n| coordinates = {{coord|1|2}}\n| map_type = Mali\n| place = [[Elakla]], [[Mali]]"),
			"Place: | Elakla, Mali |\nConflict: | T |\n"},
		{"entities and formatting", box("| place = Near&nbsp;[[Lützen]] &amp; '''bold''' ''it''"),
			"Place: | Near Lützen & bold it |\nConflict: | T |\n"},
		{"convert and nowrap", box("| place = {{convert|40|km|mi}} south, {{nowrap|of Calais}}"),
			"Place: | 40 km south, of Calais |\nConflict: | T |\n"},
		{"file links dropped", box("| combatant1 = [[File:Flag of England.svg|20px|border]] [[Kingdom of England]]"),
			"Combatant1: | Kingdom of England |\nConflict: | T |\n"},
		{"alias and underscores", "{{infobox_Battle|conflict=Y}}",
			"Conflict: | Y |\n"},
		{"prose", box("|conflict=Z") + "\n{{Main|Other}}\nThe '''Battle of Z''' ({{IPA-fr|z}}) was fought<ref>x</ref> in [[Mali]]s.\nIt went on.\n\n==Background==\n[[File:A.jpg|thumb|A [[b]] caption]]\n{| class=wikitable\n|-\n| cell || [[x]]\n|}\n* A list item\nSecond {{convert|5|km}} paragraph.\n==See also==\n* [[Battle of Y]]\n[[Category:Battles]]",
			"Conflict: | Z |\nThe Battle of Z was fought in Malis. It went on.\nA list item\nSecond 5 km paragraph.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Convert("T", []byte(tt.in))
			if err != nil {
				t.Fatalf("Convert: %v", err)
			}
			if got := string(a.Text); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestConvertLinks(t *testing.T) {
	a, err := Convert("T", []byte(box("| commander1 = [[Charles I of Albret|Charles d'Albret]]{{KIA}}<br/>[[henry_V of England]]\n| place = [[Azincourt#History|Azincourt]], [[Wikipedia:X|Y]], {{flag|Mali}}")))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"charles d'albret":   "Charles I of Albret",
		"henry_v of england": "Henry V of England",
		"mali":               "Mali",
	}
	if len(a.Links) != len(want) {
		t.Errorf("got links %q, want %q", a.Links, want)
	}
	for k, v := range want {
		if a.Links[k] != v {
			t.Errorf("link %q: got %q, want %q", k, a.Links[k], v)
		}
	}
}

func TestConvertErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantErr  error
		wantLine int
	}{
		{"no infobox", "{{Infobox military person|name=X}}\nText.", ErrNoInfobox, 0},
		{"infobox never closed", "Intro.\n\n{{Infobox military conflict\n| conflict = X\n| date = 1415\n", ErrBrokenMarkup, 3},
		{"link never closed", "{{Infobox battle\n| conflict = X\n| place = [[Azincourt\n| date = 1415\n}}", ErrBrokenMarkup, 1},
		{"template never closed", "{{Infobox battle\n| conflict = X\n| place = {{nowrap|Azincourt\n| date = 1415\n}}", ErrBrokenMarkup, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Convert("T", []byte(tt.in))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
			var e *Error
			if errors.As(err, &e) != (tt.wantLine > 0) || (e != nil && e.Line != tt.wantLine) {
				t.Errorf("got %v, want line %d", err, tt.wantLine)
			}
		})
	}
}

func TestIsConflict(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"{{Infobox military conflict\n|conflict=X}}", true},
		{"{{ infobox_military_conflict |x}}", true},
		{"{{Template:Infobox Battle|x}}", true},
		{"{{Warbox}}", true},
		{"{{Infobox war\n}}", true},
		{"{{Infobox military person|name=X}}", false},
		{"{{Infobox military conflict2}}", false},
		{"Infobox military conflict without braces", false},
		{"{{Campaignbox Hundred Years' War}} {{cite web|title=Infobox military conflict}}", false},
		{"&lt;!-- c --&gt;{{Infobox military conflict&lt;!-- x --&gt;|a=b}}", true},
		{"{{" + strings.Repeat("x", 100) + "}}", false},
	}
	for _, tt := range tests {
		if got := IsConflict([]byte(tt.in)); got != tt.want {
			t.Errorf("IsConflict(%q): got %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestASCIIKey(t *testing.T) {
	for _, s := range []string{"Henry V of England", "  The  Battle of X ", "the", "The ", "Jean d'Alen", "A.B. (c), 1-2",
		"then", "THE KING", "x\ty", "Charles d’Albret", "Świecino", "a`b", "", " ", "theatre"} {
		got, ok := asciiKey(s)
		if !ok {
			continue
		}
		if want := extract.Key(s); got != want {
			t.Errorf("asciiKey(%q): got %q, want extract.Key's %q", s, got, want)
		}
	}
}

// TestConvertBrokenMarkupLinear feeds markup that is left open thousands
// of times: it must take about linear time (a scan to the end for every
// open took 20 s here for these inputs).
func TestConvertBrokenMarkupLinear(t *testing.T) {
	start := time.Now()
	for _, in := range []string{"{{", "[[", "<ref>", "{|\n", "{{a|", "[[a|", "<!--", "{{x\n", "''", "&amp;", "[[a|{{b|"} {
		s := strings.Repeat(in, 12000)
		Convert("T", []byte(box("|conflict=x")+s))
		Convert("T", []byte(box("|conflict="+s)))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}
