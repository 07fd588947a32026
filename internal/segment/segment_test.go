package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// texts returns the text of each span.
func texts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"white space only", " \n\t\r\n ", nil},
		{"two sentences", "The ferry sank. Divers searched.", []string{"The ferry sank.", "Divers searched."}},
		{"question and exclamation", "Who knew? Nobody! Fine.", []string{"Who knew?", "Nobody!", "Fine."}},
		{"titles", "Dr. Elena Varga met Mr. Lorens and Gen. Ruiz. They talked.", []string{"Dr. Elena Varga met Mr. Lorens and Gen. Ruiz.", "They talked."}},
		{"ranks", "Lt. Col. Ana Ruiz and Sgt. Maj. Ode spoke. Capt. Lee did not.", []string{"Lt. Col. Ana Ruiz and Sgt. Maj. Ode spoke.", "Capt. Lee did not."}},
		{"month abbreviation", "On Oct. 7 Hamas attacked. Talks began Sept. 3.", []string{"On Oct. 7 Hamas attacked.", "Talks began Sept. 3."}},
		{"U.S. before lower case", "A U.S. envoy arrived. He left.", []string{"A U.S. envoy arrived.", "He left."}},
		{"U.S. before capital", "The U.S. Army and the U.N. Security Council met. Then E.U. ministers spoke.", []string{"The U.S. Army and the U.N. Security Council met.", "Then E.U. ministers spoke."}},
		{"initials", "J. R. Smith said so. A. Ode agreed.", []string{"J. R. Smith said so.", "A. Ode agreed."}},
		{"joined initials", "J.R. Smith spoke.", []string{"J.R. Smith spoke."}},
		{"decimals", "The toll rose 1.5 percent to 3.25 million. Officials said.", []string{"The toll rose 1.5 percent to 3.25 million.", "Officials said."}},
		{"quote with comma", `"We are searching for 298 people," Varga said. "We will not stop."`, []string{`"We are searching for 298 people," Varga said.`, `"We will not stop."`}},
		{"curly quote with comma", "“We are searching,” he said. Next.", []string{"“We are searching,” he said.", "Next."}},
		{"exclamation inside quote", `"Stop!" she shouted. It stopped.`, []string{`"Stop!" she shouted.`, "It stopped."}},
		{"question inside quote", "“Why now?” he asked. Nobody knew.", []string{"“Why now?” he asked.", "Nobody knew."}},
		{"e.g. and i.e.", "Some boats, e.g. ferries, i.e. large ones, sank. Others not.", []string{"Some boats, e.g. ferries, i.e. large ones, sank.", "Others not."}},
		{"etc. before capital ends", "Boats, cars etc. The rest sank.", []string{"Boats, cars etc.", "The rest sank."}},
		{"etc. before lower case", "Boats, cars etc. were lost.", []string{"Boats, cars etc. were lost."}},
		{"No. before number", "He lives at No. 10 Downing Street. No. He left.", []string{"He lives at No. 10 Downing Street.", "No.", "He left."}},
		{"vs.", "Arsenal vs. Chelsea ended 2-1. Fans left.", []string{"Arsenal vs. Chelsea ended 2-1.", "Fans left."}},
		{"abbreviation in parentheses", "The doctor (Dr. Ode) spoke. Fine.", []string{"The doctor (Dr. Ode) spoke.", "Fine."}},
		{"Jr. before capital ends", "said Martin Ode Jr. The mayor agreed.", []string{"said Martin Ode Jr.", "The mayor agreed."}},
		{"ellipsis", "He paused... then spoke. Done.", []string{"He paused... then spoke.", "Done."}},
		{"headline then paragraph", "Ferry capsizes in Careth Strait\nThe ferry sank on Saturday. Divers searched.\n", []string{"Ferry capsizes in Careth Strait", "The ferry sank on Saturday.", "Divers searched."}},
		{"headline then blank line", "Ferry capsizes\n\nThe ferry sank.", []string{"Ferry capsizes", "The ferry sank."}},
		{"sentence-case headline", "Death toll rises to 58\nRescuers found more bodies.", []string{"Death toll rises to 58", "Rescuers found more bodies."}},
		{"blank line ends without punctuation", "At least 18 people died\n\nand 96 were rescued", []string{"At least 18 people died", "and 96 were rescued"}},
		{"single newline after a full stop", "The ferry sank.\nthe end", []string{"The ferry sank.", "the end"}},
		{"soft wrap before lower case", "The passenger ferry capsized with 412 people\non board, the coast guard said.\n", []string{"The passenger ferry capsized with 412 people\non board, the coast guard said."}},
		{"soft wrap before digit", "The ferry carried\n412 people. It sank.", []string{"The ferry carried\n412 people.", "It sank."}},
		{"soft wrap after comma before capital", "At least 18 people died,\nCommander Varga said.", []string{"At least 18 people died,\nCommander Varga said."}},
		{"soft wrap after function word", "Talks were held with the\nUnited Nations on Monday.", []string{"Talks were held with the\nUnited Nations on Monday."}},
		{"soft wrap after a title", "The statement came from Gen.\nRuiz on Monday.", []string{"The statement came from Gen.\nRuiz on Monday."}},
		{"soft wrap after a month", "It happened on Oct.\n7 at dawn.", []string{"It happened on Oct.\n7 at dawn."}},
		{"wrapped Markdown paragraph", "  Ferry capsizes  \n\nThe ferry  MV Solenne  capsized in the\nCareth Strait on Saturday, the  coast guard  said. At\nleast 18 died.\n", []string{"Ferry capsizes", "The ferry  MV Solenne  capsized in the\nCareth Strait on Saturday, the  coast guard  said.", "At\nleast 18 died."}},
		{"masked list items", "  Built in 1998\n  Licensed for 350\n", []string{"Built in 1998", "Licensed for 350"}},
		{"CRLF", "Ferry capsizes\r\n\r\nThe ferry sank with\r\n412 people. Divers searched.\r\nOfficials spoke.\r\n", []string{"Ferry capsizes", "The ferry sank with\r\n412 people.", "Divers searched.", "Officials spoke."}},
		{"HTML paragraphs", "Ferry capsizes\n\nThe ferry sank, officials said — 12 dead.\n\nSecond\nline\nThird", []string{"Ferry capsizes", "The ferry sank, officials said — 12 dead.", "Second\nline", "Third"}},
		{"abbreviation does not join across a blank line", "He met Dr.\n\nSmith was there.", []string{"He met Dr.", "Smith was there."}},
		{"no final punctuation", "The ferry sank", []string{"The ferry sank"}},
		{"unicode", "Şahin, 49, spoke. Çelik agreed.", []string{"Şahin, 49, spoke.", "Çelik agreed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.text)
			checkSpans(t, tt.text, spans)
			if diff := cmp.Diff(tt.want, texts(tt.text, spans)); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// checkSpans asserts the Span invariants: in order, within bounds, not
// overlapping, not empty, trimmed.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d = %+v after %d in text of %d bytes", i, s, prev, len(text))
		}
		got := text[s.Start:s.End]
		if strings.TrimSpace(got) != got {
			t.Fatalf("span %d = %q has surrounding space", i, got)
		}
		prev = s.End
	}
}

func TestSoftWrap(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"the ferry carried", "412 people", true},
		{"the ferry carried", "people", true},
		{"Ferry capsizes", "The ferry", false},
		{"Ferry capsizes", "", false},
		{"", "the ferry", false},
		{"   ", "the ferry", false},
		{"It sank.", "the end", false},
		{`He said "stop."`, "then left", false},
		{"Who?", "nobody", false},
		{"died,", "Varga said", true},
		{"died,", "- item", false},
		{"met with the", "United Nations", true},
		{"met with the", "“Quoted”", true},
		{"Ferry capsizes in", "Strait", true},
		{"Ferry Capsizes In Strait", "The", false},
		{"from Gen.", "Ruiz", true},
		{"from (Dr.", "Ode", true},
		{"the U.S.", "The move", false},
		{"ended\r", "with", true},
	}
	for _, tt := range tests {
		if got := softWrap(tt.a, tt.b); got != tt.want {
			t.Errorf("softWrap(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestIsInitials(t *testing.T) {
	tests := map[string]bool{
		"J.": true, "U.S.": true, "J.R.": true, "Ş.": true,
		"": false, "j.": false, "Dr.": false, "US.": false, "U.S": false, "J": false, "1.": false,
	}
	for tok, want := range tests {
		if got := isInitials(tok); got != want {
			t.Errorf("isInitials(%q) = %v, want %v", tok, got, want)
		}
	}
}

func TestSentencesKeepOffsets(t *testing.T) {
	// Offsets point into the original text even where soft wraps were
	// rewritten for the segmenter.
	text := "A headline\nThe ferry carried\r\n412 people\non board. Dr.\nOde spoke."
	spans := Sentences(text)
	want := []string{"A headline", "The ferry carried\r\n412 people\non board.", "Dr.\nOde spoke."}
	if diff := cmp.Diff(want, texts(text, spans)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Dr. Smith met U.S. envoys on Oct. 7. They agreed.")
	f.Add("Headline\n\nBody text with\nsoft wrap.\r\nCRLF line.")
	f.Add("\"Stop!\" she said. “Why?” he asked… J. R. Smith, e.g. him.")
	f.Add("  \n\n\t")
	f.Add("\u2028x.\u2029Y. \u0085z")
	f.Add("a\xffb. C\xc3.")
	f.Add("No. 1. No. Mr.\n\nMr.")
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text)
		prev := 0
		for i, s := range spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("span %d = %+v after %d in text of %d bytes", i, s, prev, len(text))
			}
			first, _ := utf8.DecodeRuneInString(text[s.Start:s.End])
			last, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End])
			if unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Fatalf("span %d = %q is not trimmed", i, text[s.Start:s.End])
			}
			prev = s.End
		}
	})
}

// TestSharedCorpus checks sentences of the evaluation articles: none runs
// across a blank line, and each ends at closing punctuation or a line end.
func TestSharedCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/eval/*/*.txt")
	md, _ := filepath.Glob("../../../shared/eval/*/*.md")
	files = append(files, md...)
	if len(files) == 0 {
		t.Skip("shared evaluation corpus not present")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		spans := Sentences(text)
		checkSpans(t, text, spans)
		for _, s := range spans {
			sent := text[s.Start:s.End]
			if strings.Contains(sent, "\n\n") {
				t.Errorf("%s: sentence runs across a blank line: %q", f, sent)
			}
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(sent, closers))
			atLineEnd := s.End == len(text) || strings.HasPrefix(strings.TrimLeft(text[s.End:], " \t\r"), "\n")
			if !strings.ContainsRune(".!?…", last) && !atLineEnd {
				t.Errorf("%s: sentence ends mid-line without punctuation: %q", f, sent)
			}
		}
	}
}

// proseSample returns about n bytes of news prose with the constructs the
// segmenter handles: abbreviations, quotes, headlines and soft wraps.
func proseSample(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Ferry toll rises to %d\n\n", 18+i)
		fmt.Fprintf(&b, "The passenger ferry MV Solenne capsized in the Careth Strait on Oct. %d with %d people\n", i%28+1, 400+i)
		b.WriteString("on board, the coast guard said. Dr. Elena Varga, 49, told U.S. and U.N. officials that\n")
		b.WriteString("divers were searching for 298 people. \"We will not stop,\" she said. \"Why now?\" one man asked.\n")
		b.WriteString("Transport Minister J. R. Lorens promised a full inquiry into the disaster, e.g. the licence.\n\n")
	}
	return b.String()
}

func BenchmarkSentences(b *testing.B) {
	text := proseSample(400 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
