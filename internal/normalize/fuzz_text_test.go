package normalize

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func FuzzScanDates(f *testing.F) {
	seeds := []string{
		"7 October 2023", "October 7, 2023", "Oct. 7, 2023", "the 7th of October",
		"Tuesday, March 3", "on Friday, July 10", "early February", "mid-March", "late May 2025",
		"in 1978", "since 1997", "2025-01-19", "19/01/2025", "the 1990s", "the mid-1990s",
		"officials may release", "On Tuesday, yesterday and today", "last Thursday", "next Monday",
		"the first week of June", "the last week of February 2024", "March 3-5", "3–5 March",
		"between 1990 and 1995", "on February 29", "the twenty-first of June", "Sat 3 Jan",
		"Oct.", "May", "Kahramanmaraş — “on 6 February 2023”", "2025-02-29", "31 April 2025",
		"this morning last night tonight", "\xff\xfeMarch 3", "1,200 people on March 3,000",
	}
	for _, s := range seeds {
		f.Add(s, 2026, 3, 5)
		f.Add(s, 0, 0, 0)
	}
	f.Add("December 30", 2026, 1, 4)
	f.Add("yesterday", 1, 1, 1)
	f.Add("Tuesday", -5, 13, 40)
	f.Add("eArlY", 2026, 87, 44) // a part word at the end of the text
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		ref := Day{y, time.Month(m), d}
		prevEnd := 0
		for _, dt := range ScanDates(text, ref) {
			if dt.Start < prevEnd || dt.End <= dt.Start || dt.End > len(text) {
				t.Fatalf("bad offsets %d..%d (previous end %d, len %d)", dt.Start, dt.End, prevEnd, len(text))
			}
			prevEnd = dt.End
			switch dt.Precision {
			case PrecisionDay, PrecisionMonth, PrecisionYear:
			default:
				t.Fatalf("precision %q", dt.Precision)
			}
			if dt.First.Complete() && dt.Last.Complete() && dt.Last.Before(dt.First) {
				t.Fatalf("%q: First %v after Last %v", text[dt.Start:dt.End], dt.First, dt.Last)
			}
			if dt.First.Year != 0 && !dt.First.Complete() {
				t.Fatalf("%q: First %v is not a real day", text[dt.Start:dt.End], dt.First)
			}
			if dt.Relative && (!dt.First.Complete() || dt.First != dt.Last || !ref.Complete()) {
				t.Fatalf("%q: relative date %v..%v with ref %v", text[dt.Start:dt.End], dt.First, dt.Last, ref)
			}
			if dt.Relative && dt.HasWeekday && dt.WeekdayMismatch() {
				t.Fatalf("%q: weekday resolved to the wrong day %v", text[dt.Start:dt.End], dt.First)
			}
			if dt.YearStated && dt.First.Year == 0 {
				t.Fatalf("%q: year stated but unknown", text[dt.Start:dt.End])
			}
			// A mention read on its own is the same date.
			alone, ok := ParseDate(text[dt.Start:dt.End], ref)
			if !ok || alone.First != dt.First || alone.Last != dt.Last {
				t.Fatalf("%q: ParseDate = %v %v..%v, ScanDates gave %v..%v",
					text[dt.Start:dt.End], ok, alone.First, alone.Last, dt.First, dt.Last)
			}
		}
		if dt, ok := ParseDate(text, ref); ok {
			if dt.Start < 0 || dt.End > len(text) || dt.End <= dt.Start {
				t.Fatalf("ParseDate offsets %d..%d of %d", dt.Start, dt.End, len(text))
			}
		}
	})
}

func FuzzFoldName(f *testing.F) {
	for _, s := range []string{
		"Khalil Al-Hayya", "Ezz al-Din al-Haddad", "J. D. Vance", "O’Neill", "Abu-Zuhri",
		"Martin Luther King Jr.", "Kahramanmaraş", "İstanbul", "Łódź Straße", "ǅemal",
		"el el-al", "ﬁ\u00A0\u2014\u00AD", "\xff\xfe", "ΣΑΣ", "ẞ", "ᾼ", "\u0345",
	} {
		f.Add(s, "Varga")
	}
	f.Fuzz(func(t *testing.T, s, other string) {
		folded := Fold(s)
		if !utf8.ValidString(folded) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, folded)
		}
		if again := Fold(folded); again != folded {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, folded, again)
		}
		if strings.TrimSpace(folded) != folded || strings.Contains(folded, "  ") {
			t.Fatalf("Fold(%q) = %q has stray space", s, folded)
		}
		name := FoldName(s)
		if again := FoldName(name); again != name {
			t.Fatalf("FoldName not idempotent: %q → %q → %q", s, name, again)
		}
		if strings.ContainsAny(name, ".,'") {
			t.Fatalf("FoldName(%q) = %q keeps punctuation", s, name)
		}
		parts := SplitName(name)
		all := append(append([]string(nil), parts.Given...), strings.Fields(parts.Surname)...)
		all = append(all, strings.Fields(parts.Suffix)...)
		if got := strings.Join(all, " "); got != strings.Join(strings.Fields(name), " ") {
			t.Fatalf("SplitName(%q) = %+v loses words", name, parts)
		}
		if name != "" && parts.Surname == "" {
			t.Fatalf("SplitName(%q) has no surname", name)
		}
		core := SurnameCore(parts.Surname)
		if !strings.HasSuffix(parts.Surname, core) {
			t.Fatalf("SurnameCore(%q) = %q is not its tail", parts.Surname, core)
		}
		_ = CleanText(s)
		for _, r := range s {
			if c := CleanRune(r); c != r && (c != '\'' && c != '"' && c != '-' && c != ' ') {
				t.Fatalf("CleanRune(%U) = %U", r, c)
			}
		}

		d := EditDistance(s, other)
		ls, lo := utf8.RuneCountInString(s), utf8.RuneCountInString(other)
		if d != EditDistance(other, s) {
			t.Fatalf("EditDistance not symmetric on %q, %q", s, other)
		}
		if d < fuzzTextAbs(ls-lo) || d > max(ls, lo) {
			t.Fatalf("EditDistance(%q, %q) = %d out of bounds", s, other, d)
		}
		if (d == 0) != (string([]rune(s)) == string([]rune(other))) {
			t.Fatalf("EditDistance(%q, %q) = %d", s, other, d)
		}
	})
}

func fuzzTextAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"The U.S. said", "O'Neill’s al-Hayya", "1,200 people, 3.5 km", "U.N.-backed",
		"“quoted”—dash", "a.b.c.d", "x'", "'x", "-x-", "1.2.3", "\xff\xfe a", "e\u0301t\u00e9",
		"A.", "A.B", "٣٫٥", "tab\tnew\nline\u00A0nbsp",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		covered := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < covered || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("Tokenize(%q): bad offsets %d..%d after %d", s, tk.Start, tk.End, covered)
			}
			if tk.Text != s[tk.Start:tk.End] {
				t.Fatalf("Tokenize(%q): Text %q != s[%d:%d]", s, tk.Text, tk.Start, tk.End)
			}
			// Only space may lie between tokens.
			for _, r := range s[covered:tk.Start] {
				if !unicode.IsSpace(r) {
					t.Fatalf("Tokenize(%q): %q skipped", s, s[covered:tk.Start])
				}
			}
			r, _ := utf8.DecodeRuneInString(tk.Text)
			if unicode.IsSpace(r) {
				t.Fatalf("Tokenize(%q): token %q starts with space", s, tk.Text)
			}
			covered = tk.End
		}
		for _, r := range s[covered:] {
			if !unicode.IsSpace(r) {
				t.Fatalf("Tokenize(%q): tail %q skipped", s, s[covered:])
			}
		}
	})
}

// FuzzFoldASCII checks that the ASCII fast path of Fold gives what the Unicode path gives.
func FuzzFoldASCII(f *testing.F) {
	for _, s := range []string{"", "  Death  Toll ", "U.S.", "al-Hayya", "O'Neill", "a\tb\nc", "\x01x", "ABC def"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fast, ok := foldASCII(s)
		if !ok {
			return
		}
		if slow := foldSlow(s); fast != slow {
			t.Fatalf("foldASCII(%q) = %q, foldSlow = %q", s, fast, slow)
		}
	})
}
