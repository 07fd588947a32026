package benchcorpus

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// corpus is a generated corpus in memory, in the order written.
type corpus struct {
	paths []string
	files map[string][]byte
	stats Stats
}

func generate(t testing.TB, cfg Config) corpus {
	t.Helper()
	c := corpus{files: map[string][]byte{}}
	st, err := Generate(cfg, func(path string, data []byte) error {
		if _, dup := c.files[path]; dup {
			return fmt.Errorf("%s written twice", path)
		}
		c.paths = append(c.paths, path)
		c.files[path] = data
		return nil
	})
	if err != nil {
		t.Fatalf("Generate(%+v): %v", cfg, err)
	}
	c.stats = st
	return c
}

func (c corpus) hash() [32]byte {
	h := sha256.New()
	for _, p := range c.paths {
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(c.files[p]))
		h.Write(c.files[p])
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// article is a parsed article file.
type parsed struct {
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	Published string `yaml:"published"`
	body      string
}

func parse(t testing.TB, path string, data []byte) parsed {
	t.Helper()
	text := string(data)
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		t.Fatalf("%s: no front matter", path)
	}
	fm, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		t.Fatalf("%s: front matter not closed", path)
	}
	var p parsed
	if err := yaml.Unmarshal([]byte(fm), &p); err != nil {
		t.Fatalf("%s: front matter: %v", path, err)
	}
	p.body = body
	return p
}

var small = Config{Articles: 140, Stories: 7, Seed: 1, ContradictionRate: 0.05}

func TestSameSeedSameBytes(t *testing.T) {
	a, b := generate(t, small), generate(t, small)
	if a.hash() != b.hash() {
		t.Fatal("two runs with one seed gave different corpora")
	}
	if a.stats != b.stats {
		t.Fatalf("stats differ: %+v and %+v", a.stats, b.stats)
	}
	other := small
	other.Seed = 2
	c := generate(t, other)
	if c.hash() == a.hash() {
		t.Fatal("seeds 1 and 2 gave the same corpus")
	}
	same := 0
	for _, p := range a.paths {
		if bytes.Equal(a.files[p], c.files[p]) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d articles are the same under seeds 1 and 2", same)
	}
}

// TestGoldenHash pins the bytes of a small corpus: a change to it means every benchmark corpus
// changed, which must be deliberate. It also catches output that depends on the platform.
func TestGoldenHash(t *testing.T) {
	c := generate(t, Config{Articles: 21, Stories: 7, Seed: 42, ContradictionRate: 0.5})
	got := fmt.Sprintf("%x", c.hash())
	const want = "8349ab9fef1e233f3bdc704dc3cf8a723d4469fed7d4d4efda8e7c26586c9f71"
	if got != want {
		t.Errorf("corpus hash = %s, want %s", got, want)
	}
}

func TestPlantsTouchOnlyTheirArticles(t *testing.T) {
	clean := small
	clean.ContradictionRate = 0
	c := generate(t, clean)
	if c.stats.Planted != 0 {
		t.Fatalf("rate 0 planted %d", c.stats.Planted)
	}
	for _, rate := range []float64{0.05, 0.3, 1} {
		cfg := small
		cfg.ContradictionRate = rate
		p := generate(t, cfg)
		changed := 0
		for _, path := range c.paths {
			if !bytes.Equal(c.files[path], p.files[path]) {
				changed++
			}
		}
		if changed != p.stats.Planted {
			t.Errorf("rate %v: %d articles differ from the clean corpus, %d planted", rate, changed, p.stats.Planted)
		}
		if rate == 1 && p.stats.Planted != cfg.Articles-cfg.Stories {
			// Every article but the first of each story.
			t.Errorf("rate 1: planted %d, want %d", p.stats.Planted, cfg.Articles-cfg.Stories)
		}
	}
}

func TestMapWriterAndLayout(t *testing.T) {
	cfg := Config{Articles: 200, Stories: 9, Seed: 7, ContradictionRate: 0.02}
	c := generate(t, cfg)
	if c.stats.Articles != cfg.Articles || len(c.files) != cfg.Articles {
		t.Fatalf("wrote %d files, stats say %d, want %d", len(c.files), c.stats.Articles, cfg.Articles)
	}
	var total int64
	perStory := map[string]int{}
	pathRE := regexp.MustCompile(`^story-(\d{3})/article-(\d{6})\.md$`)
	for i, p := range c.paths {
		total += int64(len(c.files[p]))
		m := pathRE.FindStringSubmatch(p)
		if m == nil {
			t.Fatalf("bad path %q", p)
		}
		if n, _ := strconv.Atoi(m[2]); n != i+1 {
			t.Errorf("%s is file %d", p, i+1)
		}
		perStory[m[1]]++
	}
	if total != c.stats.Bytes {
		t.Errorf("stats say %d bytes, files hold %d", c.stats.Bytes, total)
	}
	if !slices.IsSorted(c.paths) {
		t.Error("files not written in path order")
	}
	if len(perStory) != cfg.Stories {
		t.Errorf("%d stories, want %d", len(perStory), cfg.Stories)
	}
	for s, n := range perStory {
		if n != cfg.Articles/cfg.Stories && n != cfg.Articles/cfg.Stories+1 {
			t.Errorf("story %s has %d articles", s, n)
		}
	}
	avg := total / int64(len(c.files))
	if avg < 3000 || avg > 5000 {
		t.Errorf("average article size %d bytes, want 3000 to 5000", avg)
	}
}

var (
	badGrammarRE = regexp.MustCompile(`(?i)\b(one|1) (days|hours|years|people|members|captives)\b|\b(zero|0) (people|days)\b|\bthe the\b|\ba [aeiou]|\ba (8|11-|18-)`)
	datelineRE   = regexp.MustCompile(`^[A-Z]+(, [A-Z][a-z]+( province)?)? — [A-Z“]`)
	figureRE     = regexp.MustCompile(`(?i)[0-9]|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b`)
)

func TestArticleShape(t *testing.T) {
	c := generate(t, Config{Articles: 200, Stories: 10, Seed: 3, ContradictionRate: 0.1})
	lastDate := map[string]string{}
	for _, path := range c.paths {
		data := c.files[path]
		if !utf8.Valid(data) {
			t.Fatalf("%s: not valid UTF-8", path)
		}
		if bytes.ContainsAny(data, "{}[]\r\t") {
			t.Errorf("%s: template residue or stray control characters", path)
		}
		a := parse(t, path, data)
		if a.Title == "" || !figureRE.MatchString(a.Title) {
			t.Errorf("%s: headline %q has no figure", path, a.Title)
		}
		if !slices.Contains(outlets, a.Source) {
			t.Errorf("%s: unknown source %q", path, a.Source)
		}
		day, err := time.Parse("2006-01-02", a.Published)
		if err != nil || day.Year() != 2026 {
			t.Errorf("%s: published %q is not a date in 2026", path, a.Published)
		}
		story := path[:strings.IndexByte(path, '/')]
		if a.Published < lastDate[story] {
			t.Errorf("%s: published %s before an earlier article of the story (%s)", path, a.Published, lastDate[story])
		}
		lastDate[story] = a.Published
		if n := wordCount(a.body); n < MinWords || n > MaxWords {
			t.Errorf("%s: %d words, want %d to %d", path, n, MinWords, MaxWords)
		}
		if !datelineRE.MatchString(a.body) {
			t.Errorf("%s: body does not open with a dateline: %.60q", path, a.body)
		}
		if m := badGrammarRE.FindString(a.body); m != "" {
			t.Errorf("%s: %q", path, m)
		}
		if strings.Contains(a.body, "  ") || strings.Contains(a.body, "\n\n\n") || strings.Contains(a.body, " ,") {
			t.Errorf("%s: stray spacing", path)
		}
	}
}

var longDateRE = regexp.MustCompile(`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(, (\d{4}))?`)

// TestWeekdaysAreReal checks every "Tuesday, April 14" in the text against the calendar.
func TestWeekdaysAreReal(t *testing.T) {
	c := generate(t, Config{Articles: 140, Stories: 14, Seed: 5})
	seen := 0
	for _, path := range c.paths {
		for _, m := range longDateRE.FindAllStringSubmatch(string(c.files[path]), -1) {
			year := 2026
			if m[5] != "" {
				year, _ = strconv.Atoi(m[5])
			}
			month, _ := time.Parse("January", m[2])
			day, _ := strconv.Atoi(m[3])
			d := time.Date(year, month.Month(), day, 0, 0, 0, 0, time.UTC)
			if d.Day() != day || d.Weekday().String() != m[1] {
				t.Errorf("%s: %q is not a real date (it is a %s)", path, m[0], d.Weekday())
			}
			seen++
		}
	}
	if seen < 50 {
		t.Errorf("only %d event dates in 140 articles", seen)
	}
}

func TestFiguresOfEveryKind(t *testing.T) {
	c := generate(t, Config{Articles: 140, Stories: 7, Seed: 11})
	var all strings.Builder
	for _, p := range c.paths {
		all.Write(c.files[p])
	}
	text := all.String()
	for _, re := range []string{
		`\b(killed|died|dead)\b`, `\binjured\b`, `\bmissing\b`, `\brescued\b`, `\bevacuated\b`,
		`\barrested\b`, `\breleased\b`, `\bon board\b`,
		`\b\d+-day state of emergency\b`, `\b(one|two|three|five|seven) days? of national mourning\b`,
		`\b\d+-day (ceasefire|truce)\b`, `\b\d+ years in prison\b`,
		`[$€£]\d+(\.\d)?( million|m)\b`, `, \d{2}, `, `\b\d+-metre\b`, `\b(built|completed) in (19|20)\d\d\b`,
		`\b(Interior|Transport|Justice|Foreign|Environment|Agriculture) Minister [A-Z][a-z]+ [A-Z][a-z]+`,
		`\b(Commander|Colonel|Captain|General) [A-Z][a-z]+ [A-Z][a-z]+, \d{2},`,
		`“[^”]+,” `,
	} {
		if !regexp.MustCompile(re).MatchString(text) {
			t.Errorf("no text matches %s", re)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	for _, cfg := range []Config{
		{Articles: -1, Stories: 1},
		{Articles: MaxArticles + 1, Stories: 1},
		{Articles: 10, Stories: 0},
		{Articles: 10, Stories: MaxStories + 1},
		{Articles: 10, Stories: 1, ContradictionRate: -0.1},
		{Articles: 10, Stories: 1, ContradictionRate: 1.5},
		{Articles: 10, Stories: 1, ContradictionRate: math.NaN()},
		{Articles: 10, Stories: 1, ContradictionRate: math.Inf(1)},
	} {
		st, err := Generate(cfg, func(string, []byte) error {
			t.Errorf("%+v: wrote a file", cfg)
			return nil
		})
		if err == nil || st != (Stats{}) {
			t.Errorf("Generate(%+v) = %+v, %v; want an error", cfg, st, err)
		}
	}
	if _, err := Generate(Config{Articles: 1, Stories: 1}, nil); err == nil {
		t.Error("a nil write function was accepted")
	}
}

func TestWriteErrorStops(t *testing.T) {
	boom := errors.New("disk full")
	calls := 0
	st, err := Generate(Config{Articles: 10, Stories: 2, Seed: 1}, func(string, []byte) error {
		calls++
		if calls == 3 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || calls != 3 || st.Articles != 2 {
		t.Errorf("got %+v, %v after %d calls; want the write error after 3 calls and 2 articles", st, err, calls)
	}
}

func TestFewerArticlesThanStories(t *testing.T) {
	c := generate(t, Config{Articles: 3, Stories: 50, Seed: 1, ContradictionRate: 1})
	if len(c.paths) != 3 || c.stats.Planted != 0 {
		t.Errorf("got %v, planted %d; want three one-article stories without plants", c.paths, c.stats.Planted)
	}
	if c := generate(t, Config{Articles: 0, Stories: 5}); len(c.paths) != 0 || c.stats != (Stats{}) {
		t.Errorf("zero articles wrote %v", c.paths)
	}
}
