package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCleanRune(t *testing.T) {
	cases := []struct {
		in, want rune
	}{
		{'\u2019', '\''}, {'\u2018', '\''}, {'\u02BC', '\''},
		{'\u201C', '"'}, {'\u201D', '"'}, {'\u00AB', '"'},
		{'\u2010', '-'}, {'\u2011', '-'}, {'\u2012', '-'}, {'\u2013', '-'}, {'\u2014', '-'},
		{'\u2015', '-'}, {'\u2212', '-'},
		{'\u00A0', ' '}, {'\u2009', ' '}, {'\u202F', ' '}, {'\u3000', ' '},
		{'a', 'a'}, {'-', '-'}, {'\n', '\n'}, {'ş', 'ş'}, {'\u00AD', '\u00AD'},
	}
	for _, c := range cases {
		if got := CleanRune(c.in); got != c.want {
			t.Errorf("CleanRune(%U) = %U, want %U", c.in, got, c.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Hamas’s “letter”", `Hamas's "letter"`},
		{"2023\u20132024", "2023-2024"},
		{"ﬁnal\u00A0vote", "final vote"}, // NFKC ligature, no-break space
		{"１２ people", "12 people"},       // full-width digits
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, c := range cases {
		if got := CleanText(c.in); got != c.want {
			t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Kahramanmaraş", "kahramanmaras"},
		{"KAHRAMANMARAS", "kahramanmaras"},
		{"  Łódź \u00A0 Straße\n", "lodz strasse"},
		{"Ærø", "aero"},
		{"Søren Kierkegaard", "soren kierkegaard"},
		{"İstanbul", "istanbul"},
		{"Diyarbakır", "diyarbakir"},
		{"Hamas’s  “armed   wing”", `hamas's "armed wing"`},
		{"Sde\u00ADrot", "sderot"}, // soft hyphen is invisible
		{"Ελλάδα", "ελλαδα"},
		{"", ""},
	}
	for _, c := range cases {
		got := Fold(c.in)
		if got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
		if again := Fold(got); again != got {
			t.Errorf("Fold not idempotent on %q: %q then %q", c.in, got, again)
		}
	}
}

func TestFoldName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Khalil Al-Hayya", "khalil al-hayya"},
		{"Khalil al-Hayya", "khalil al-hayya"},
		{"Khalil al Hayya", "khalil al-hayya"},
		{"Khalil Al Hayya", "khalil al-hayya"},
		{"Khalil El-Hayya", "khalil al-hayya"},
		{"Khalil al‑Hayya", "khalil al-hayya"}, // non-breaking hyphen
		{"Ezz al-Din al-Haddad", "ezz al-din al-haddad"},
		{"Ezz-al-Din al-Haddad", "ezz al-din al-haddad"},
		{"J. D. Vance", "j d vance"},
		{"J.D. Vance", "j d vance"},
		{"O'Neill", "oneill"},
		{"O’Neill", "oneill"},
		{"Abu-Zuhri", "abu zuhri"},
		{"Abu Zuhri", "abu zuhri"},
		{"Martin Luther King Jr.", "martin luther king jr"},
		{"Martin Luther King, Jr.", "martin luther king jr"},
		{"John Smith III", "john smith iii"},
		{"Ludwig van Beethoven", "ludwig van beethoven"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"  Elena   Varga ", "elena varga"},
		{"", ""},
	}
	for _, c := range cases {
		got := FoldName(c.in)
		if got != c.want {
			t.Errorf("FoldName(%q) = %q, want %q", c.in, got, c.want)
		}
		if again := FoldName(got); again != got {
			t.Errorf("FoldName not idempotent on %q: %q then %q", c.in, got, again)
		}
	}
	// Different people must keep different keys.
	distinct := [][2]string{
		{"Martin Luther King Jr.", "Martin Luther King Sr."},
		{"Elena Varga", "Elena Vargas"},
		{"Khalil al-Hayya", "Khalil Hayya"},
	}
	for _, p := range distinct {
		if FoldName(p[0]) == FoldName(p[1]) {
			t.Errorf("FoldName(%q) == FoldName(%q) = %q", p[0], p[1], FoldName(p[0]))
		}
	}
}

func TestSplitName(t *testing.T) {
	cases := []struct {
		in   string
		want NameParts
	}{
		{"Khalil al-Hayya", NameParts{Given: []string{"khalil"}, Surname: "al-hayya"}},
		{"Ezz al-Din al-Haddad", NameParts{Given: []string{"ezz", "al-din"}, Surname: "al-haddad"}},
		{"Ludwig van Beethoven", NameParts{Given: []string{"ludwig"}, Surname: "van beethoven"}},
		{"Vincent van der Berg", NameParts{Given: []string{"vincent"}, Surname: "van der berg"}},
		{"Luiz Inácio Lula da Silva", NameParts{Given: []string{"luiz", "inacio", "lula"}, Surname: "da silva"}},
		{"Mousa Abu Marzouk", NameParts{Given: []string{"mousa"}, Surname: "abu marzouk"}},
		{"Mohammed bin Salman", NameParts{Given: []string{"mohammed"}, Surname: "bin salman"}},
		{"Charles de Gaulle", NameParts{Given: []string{"charles"}, Surname: "de gaulle"}},
		{"de Gaulle", NameParts{Surname: "de gaulle"}},
		{"Van Morrison", NameParts{Given: []string{"van"}, Surname: "morrison"}},
		{"Ben Smith", NameParts{Given: []string{"ben"}, Surname: "smith"}},
		{"Martin Luther King Jr.", NameParts{Given: []string{"martin", "luther"}, Surname: "king", Suffix: "jr"}},
		{"Varga", NameParts{Surname: "varga"}},
		{"al-Hayya", NameParts{Surname: "al-hayya"}},
		{"", NameParts{}},
	}
	for _, c := range cases {
		got := SplitName(FoldName(c.in))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("SplitName(FoldName(%q)) mismatch (-want +got):\n%s", c.in, diff)
		}
	}
}

func TestSurnameCore(t *testing.T) {
	cases := []struct{ in, want string }{
		{"al-hayya", "hayya"},
		{"van beethoven", "beethoven"},
		{"van der berg", "berg"},
		{"bin salman", "salman"},
		{"abu marzouk", "marzouk"},
		{"el-sisi", "sisi"},
		{"varga", "varga"},
		{"al-", "al-"},
		{"van", "van"},
		{"", ""},
	}
	for _, c := range cases {
		if got := SurnameCore(c.in); got != c.want {
			t.Errorf("SurnameCore(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// A surname-only mention matches the full name through the core.
	full := SplitName(FoldName("Khalil al-Hayya"))
	if SurnameCore(full.Surname) != SurnameCore(FoldName("Hayya")) {
		t.Error(`"Hayya" does not match the core of "Khalil al-Hayya"`)
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"Varga", "Vargas", 1},
		{"Varga", "Vagra", 1}, // transposition
		{"ab", "ba", 1},
		{"ca", "abc", 3}, // optimal string alignment, not full Damerau
		{"kitten", "sitting", 3},
		{"", "abc", 3},
		{"abc", "", 3},
		{"", "", 0},
		{"Erdoğan", "Erdogan", 1}, // counted in runes, not bytes
		{"hayya", "hayya", 0},
	}
	for _, c := range cases {
		if got := EditDistance(c.a, c.b); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := EditDistance(c.b, c.a); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d (symmetry)", c.b, c.a, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"The U.S. said", []string{"The", "U.S.", "said"}},
		{"O'Neill’s al-Hayya", []string{"O'Neill’s", "al-Hayya"}},
		{"1,200 people, 3.5 km", []string{"1,200", "people", ",", "3.5", "km"}},
		{"e.g. this", []string{"e.g.", "this"}},
		{"Jan. 7", []string{"Jan", ".", "7"}},
		{"plan B. Then", []string{"plan", "B", ".", "Then"}},
		{"U.N.-backed", []string{"U.N.", "-", "backed"}},
		{"“quoted”—dash", []string{"“", "quoted", "”", "—", "dash"}},
		{"end. ", []string{"end", "."}},
		{"-lead trail-", []string{"-", "lead", "trail", "-"}},
		{"Kahramanmaraş'ta", []string{"Kahramanmaraş'ta"}},
		{"", nil},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Text)
			if c.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("Tokenize(%q): token %q has offsets %d..%d", c.in, tk.Text, tk.Start, tk.End)
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", c.in, diff)
		}
	}
}
