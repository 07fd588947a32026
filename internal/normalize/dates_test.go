package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// dateFound is the part of a Date a test states, with the mention as text.
type dateFound struct {
	Text        string
	First, Last string
	Precision   string
	YearStated  bool
	Relative    bool
	Weekday     string // "" when the mention states none
}

func describeDateMentions(text string, ds []Date) []dateFound {
	var out []dateFound
	for _, d := range ds {
		f := dateFound{
			Text:       text[d.Start:d.End],
			First:      d.First.String(),
			Last:       d.Last.String(),
			Precision:  d.Precision,
			YearStated: d.YearStated,
			Relative:   d.Relative,
		}
		if d.HasWeekday {
			f.Weekday = d.Weekday.String()
		}
		out = append(out, f)
	}
	return out
}

var (
	dateNoRef    = Day{}
	dateRefMar5  = Day{2026, time.March, 5} // a Thursday
	dateRefJan4  = Day{2026, time.January, 4}
	dateRefJul14 = Day{2026, time.July, 14} // a Tuesday
)

func TestScanDates(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  Day
		want []dateFound
	}{
		// Full dates in the orders news uses.
		{"day month year", "The war began on 7 October 2023.", dateNoRef,
			[]dateFound{{Text: "7 October 2023", First: "2023-10-07", Last: "2023-10-07", Precision: "day", YearStated: true}}},
		{"month day year", "detained since October 7, 2023, officials said", dateNoRef,
			[]dateFound{{Text: "October 7, 2023", First: "2023-10-07", Last: "2023-10-07", Precision: "day", YearStated: true}}},
		{"abbreviated month", "on Oct. 7, 2023 at dawn", dateNoRef,
			[]dateFound{{Text: "Oct. 7, 2023", First: "2023-10-07", Last: "2023-10-07", Precision: "day", YearStated: true}}},
		{"abbreviation without period", "Oct 7 was a Saturday", dateRefMar5,
			[]dateFound{{Text: "Oct 7", First: "2025-10-07", Last: "2025-10-07", Precision: "day"}}},
		{"ordinal suffix", "since October 7th", dateRefMar5,
			[]dateFound{{Text: "October 7th", First: "2025-10-07", Last: "2025-10-07", Precision: "day"}}},
		{"the nth of month", "on the 7th of October the border", dateRefMar5,
			[]dateFound{{Text: "the 7th of October", First: "2025-10-07", Last: "2025-10-07", Precision: "day"}}},
		{"ordinal word", "by the twenty-first of June 2024", dateNoRef,
			[]dateFound{{Text: "the twenty-first of June 2024", First: "2024-06-21", Last: "2024-06-21", Precision: "day", YearStated: true}}},
		{"the first of month", "on the first of June", dateRefJul14,
			[]dateFound{{Text: "the first of June", First: "2026-06-01", Last: "2026-06-01", Precision: "day"}}},
		{"count after date", "on October 7, 1200 militants crossed", dateRefMar5,
			[]dateFound{{Text: "October 7", First: "2025-10-07", Last: "2025-10-07", Precision: "day"}}},
		{"nth month", "the 7th October attack", dateRefMar5,
			[]dateFound{{Text: "7th October", First: "2025-10-07", Last: "2025-10-07", Precision: "day"}}},
		{"lower-case month", "on 7 october 2023", dateNoRef,
			[]dateFound{{Text: "7 october 2023", First: "2023-10-07", Last: "2023-10-07", Precision: "day", YearStated: true}}},
		{"iso", "published: 2025-01-19\n", dateNoRef,
			[]dateFound{{Text: "2025-01-19", First: "2025-01-19", Last: "2025-01-19", Precision: "day", YearStated: true}}},
		{"day range", "talks on March 3-5 in Cairo", dateRefMar5,
			[]dateFound{{Text: "March 3-5", First: "2026-03-03", Last: "2026-03-05", Precision: "day"}}},
		{"day range first", "held 3–5 March 2026", dateNoRef,
			[]dateFound{{Text: "3–5 March 2026", First: "2026-03-03", Last: "2026-03-05", Precision: "day", YearStated: true}}},
		{"two dates", "between October 7, 2023 and January 19, 2025", dateNoRef, []dateFound{
			{Text: "October 7, 2023", First: "2023-10-07", Last: "2023-10-07", Precision: "day", YearStated: true},
			{Text: "January 19, 2025", First: "2025-01-19", Last: "2025-01-19", Precision: "day", YearStated: true},
		}},

		// Weekdays stated with a date.
		{"weekday month day", "on Tuesday, March 3 the talks", dateRefMar5,
			[]dateFound{{Text: "Tuesday, March 3", First: "2026-03-03", Last: "2026-03-03", Precision: "day", Weekday: "Tuesday"}}},
		{"weekday day month year", "Tuesday, 3 March 2026", dateNoRef,
			[]dateFound{{Text: "Tuesday, 3 March 2026", First: "2026-03-03", Last: "2026-03-03", Precision: "day", YearStated: true, Weekday: "Tuesday"}}},
		{"on weekday date", "The ferry sank on Friday, July 10, after leaving port", dateRefJul14,
			[]dateFound{{Text: "Friday, July 10", First: "2026-07-10", Last: "2026-07-10", Precision: "day", Weekday: "Friday"}}},
		{"abbreviated weekday", "Mon., March 2", dateRefMar5,
			[]dateFound{{Text: "Mon., March 2", First: "2026-03-02", Last: "2026-03-02", Precision: "day", Weekday: "Monday"}}},
		{"abbreviated weekday day first", "Sat 3 Jan 2026", dateNoRef,
			[]dateFound{{Text: "Sat 3 Jan 2026", First: "2026-01-03", Last: "2026-01-03", Precision: "day", YearStated: true, Weekday: "Saturday"}}},

		// Months and parts of months.
		{"month year", "since the collapse of a January 2025 ceasefire", dateNoRef,
			[]dateFound{{Text: "January 2025", First: "2025-01-01", Last: "2025-01-31", Precision: "month", YearStated: true}}},
		{"in month", "a deal brokered in January.", dateRefMar5,
			[]dateFound{{Text: "January", First: "2026-01-01", Last: "2026-01-31", Precision: "month"}}},
		{"in month no ref", "a deal brokered in January.", dateNoRef,
			[]dateFound{{Text: "January", First: "--01-01", Last: "--01-31", Precision: "month"}}},
		{"february of a leap year", "in February 2024", dateNoRef,
			[]dateFound{{Text: "February 2024", First: "2024-02-01", Last: "2024-02-29", Precision: "month", YearStated: true}}},
		{"early", "to begin in early February.", dateRefMar5,
			[]dateFound{{Text: "early February", First: "2026-02-01", Last: "2026-02-10", Precision: "month"}}},
		{"mid", "by mid-March", dateRefMar5,
			[]dateFound{{Text: "mid-March", First: "2026-03-11", Last: "2026-03-20", Precision: "month"}}},
		{"late with year", "emerged in late May 2025, when", dateNoRef,
			[]dateFound{{Text: "late May 2025", First: "2025-05-21", Last: "2025-05-31", Precision: "month", YearStated: true}}},
		{"late february", "late February 2025", dateNoRef,
			[]dateFound{{Text: "late February 2025", First: "2025-02-21", Last: "2025-02-28", Precision: "month", YearStated: true}}},
		{"first week", "in the first week of June 2025", dateNoRef,
			[]dateFound{{Text: "the first week of June 2025", First: "2025-06-01", Last: "2025-06-07", Precision: "month", YearStated: true}}},
		{"last week", "the last week of April 2025", dateNoRef,
			[]dateFound{{Text: "the last week of April 2025", First: "2025-04-24", Last: "2025-04-30", Precision: "month", YearStated: true}}},
		{"end of", "until the end of May 2025", dateNoRef,
			[]dateFound{{Text: "the end of May 2025", First: "2025-05-21", Last: "2025-05-31", Precision: "month", YearStated: true}}},
		{"may after in", "passed an inspection in May.", dateRefJul14,
			[]dateFound{{Text: "May", First: "2026-05-01", Last: "2026-05-31", Precision: "month"}}},
		{"last march", "last March, the army", dateRefJul14,
			[]dateFound{{Text: "March", First: "2026-03-01", Last: "2026-03-31", Precision: "month"}}},
		{"plain month", "The October deal held.", dateNoRef,
			[]dateFound{{Text: "October", First: "--10-01", Last: "--10-31", Precision: "month"}}},

		// Years and decades.
		{"in year", "built in 1998, was licensed", dateNoRef,
			[]dateFound{{Text: "1998", First: "1998-01-01", Last: "1998-12-31", Precision: "year", YearStated: true}}},
		{"since year", "since 1997.", dateNoRef,
			[]dateFound{{Text: "1997", First: "1997-01-01", Last: "1997-12-31", Precision: "year", YearStated: true}}},
		{"year then clause", "in 1978 when the treaty", dateNoRef,
			[]dateFound{{Text: "1978", First: "1978-01-01", Last: "1978-12-31", Precision: "year", YearStated: true}}},
		{"between years", "between 1990 and 1995", dateNoRef, []dateFound{
			{Text: "1990", First: "1990-01-01", Last: "1990-12-31", Precision: "year", YearStated: true},
			{Text: "1995", First: "1995-01-01", Last: "1995-12-31", Precision: "year", YearStated: true},
		}},
		{"decade", "in the 1990s", dateNoRef,
			[]dateFound{{Text: "1990s", First: "1990-01-01", Last: "1999-12-31", Precision: "year", YearStated: true}}},
		{"decade apostrophe", "the 1980's", dateNoRef,
			[]dateFound{{Text: "1980's", First: "1980-01-01", Last: "1989-12-31", Precision: "year", YearStated: true}}},
		{"mid decade", "the mid-1990s", dateNoRef,
			[]dateFound{{Text: "mid-1990s", First: "1993-01-01", Last: "1996-12-31", Precision: "year", YearStated: true}}},
		{"early year", "until early 2025", dateNoRef,
			[]dateFound{{Text: "early 2025", First: "2025-01-01", Last: "2025-04-30", Precision: "year", YearStated: true}}},

		// Relative dates.
		{"bare weekday", "On Tuesday, Hamas said", dateRefMar5,
			[]dateFound{{Text: "Tuesday", First: "2026-03-03", Last: "2026-03-03", Precision: "day", Relative: true, Weekday: "Tuesday"}}},
		{"weekday on ref", "the coast guard said on Tuesday.", dateRefJul14,
			[]dateFound{{Text: "Tuesday", First: "2026-07-14", Last: "2026-07-14", Precision: "day", Relative: true, Weekday: "Tuesday"}}},
		{"possessive weekday", "Thursday's strikes", dateRefMar5,
			[]dateFound{{Text: "Thursday", First: "2026-03-05", Last: "2026-03-05", Precision: "day", Relative: true, Weekday: "Thursday"}}},
		{"weekday evening", "had died by Sunday evening", dateRefJul14,
			[]dateFound{{Text: "Sunday", First: "2026-07-12", Last: "2026-07-12", Precision: "day", Relative: true, Weekday: "Sunday"}}},
		{"last weekday", "last Thursday", dateRefMar5,
			[]dateFound{{Text: "last Thursday", First: "2026-02-26", Last: "2026-02-26", Precision: "day", Relative: true, Weekday: "Thursday"}}},
		{"next weekday", "next Monday", dateRefMar5,
			[]dateFound{{Text: "next Monday", First: "2026-03-09", Last: "2026-03-09", Precision: "day", Relative: true, Weekday: "Monday"}}},
		{"yesterday", "in the magazine yesterday.", dateRefMar5,
			[]dateFound{{Text: "yesterday", First: "2026-03-04", Last: "2026-03-04", Precision: "day", Relative: true}}},
		{"yesterday across new year", "yesterday", Day{2026, time.January, 1},
			[]dateFound{{Text: "yesterday", First: "2025-12-31", Last: "2025-12-31", Precision: "day", Relative: true}}},
		{"today and tonight", "Today the talks resume; tonight they end.", dateRefMar5, []dateFound{
			{Text: "Today", First: "2026-03-05", Last: "2026-03-05", Precision: "day", Relative: true},
			{Text: "tonight", First: "2026-03-05", Last: "2026-03-05", Precision: "day", Relative: true},
		}},
		{"this morning", "struck this morning", dateRefMar5,
			[]dateFound{{Text: "this morning", First: "2026-03-05", Last: "2026-03-05", Precision: "day", Relative: true}}},
		{"last night", "shelling last night", dateRefMar5,
			[]dateFound{{Text: "last night", First: "2026-03-04", Last: "2026-03-04", Precision: "day", Relative: true}}},
		{"relative without ref", "On Tuesday, yesterday and today", dateNoRef, nil},

		// Year inference.
		{"december before january ref", "on December 30 the", dateRefJan4,
			[]dateFound{{Text: "December 30", First: "2025-12-30", Last: "2025-12-30", Precision: "day"}}},
		{"soon after ref", "on January 2", dateRefJan4,
			[]dateFound{{Text: "January 2", First: "2026-01-02", Last: "2026-01-02", Precision: "day"}}},
		{"within two months after ref", "due on March 1", dateRefJan4,
			[]dateFound{{Text: "March 1", First: "2026-03-01", Last: "2026-03-01", Precision: "day"}}},
		{"more than two months after ref", "on March 10", dateRefJan4,
			[]dateFound{{Text: "March 10", First: "2025-03-10", Last: "2025-03-10", Precision: "day"}}},
		{"late december month", "in late December", dateRefJan4,
			[]dateFound{{Text: "late December", First: "2025-12-21", Last: "2025-12-31", Precision: "month"}}},
		{"year only ref", "on March 10", Day{Year: 2024},
			[]dateFound{{Text: "March 10", First: "2024-03-10", Last: "2024-03-10", Precision: "day"}}},
		{"no ref keeps year unknown", "on March 10", dateNoRef,
			[]dateFound{{Text: "March 10", First: "--03-10", Last: "--03-10", Precision: "day"}}},
		{"feb 29 of inferred non-leap year", "on February 29", Day{2026, time.March, 5},
			[]dateFound{{Text: "February 29", First: "--02-29", Last: "--02-29", Precision: "day"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describeDateMentions(c.text, ScanDates(c.text, c.ref))
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("ScanDates(%q, %v) mismatch (-want +got):\n%s", c.text, c.ref, diff)
			}
		})
	}
}

// TestScanDatesRejects lists text that holds no date even though it has
// month names, weekdays or four-digit numbers in it.
func TestScanDatesRejects(t *testing.T) {
	cases := []string{
		"officials may release the hostages",
		"Officials May release", // capitalised in a headline, but no cue
		"they march on the capital",
		"the March on Washington",
		"May I ask",
		"April Ryan said",
		"Black September claimed it",
		"the October War",
		"19/01/2025",
		"on 01/19/2025",
		"by 2000 people",
		"in 2000 homes",
		"a total of 2000.",
		"until 1800 GMT",
		"at 1978 metres",
		"1978", // a bare year needs a preposition
		"May 1,200 people died",
		"Bloody Sunday",
		"the Sunday Times",
		"every Tuesday",
		"the following Tuesday",
		"Super Tuesday",
		"they sat on the bench",
		"the sun rose",
		"Jan said",
		"a 3.5 March",
		"$2025",
		"February 30, 2025",
		"April 31",
		"2025-02-30",
		"2025-13-01",
		"the late Yasser Arafat",
		"early on",
		"in 2023-24 season",
		"Kahramanmaraşmay 5",
		"7am May",
	}
	for _, text := range cases {
		if got := ScanDates(text, dateRefMar5); len(got) != 0 {
			t.Errorf("ScanDates(%q) = %v, want none", text, describeDateMentions(text, got))
		}
	}
}

func TestWeekdayMismatch(t *testing.T) {
	cases := []struct {
		text string
		ref  Day
		want bool
	}{
		{"Friday, July 10", dateRefJul14, false}, // July 10 2026 is a Friday
		{"Saturday, July 11", dateRefJul14, false},
		{"Thursday, July 10", dateRefJul14, true},
		{"Tuesday, March 3", dateRefMar5, false},
		{"Monday, March 3", dateRefMar5, true},
		{"Monday, March 3, 2025", dateNoRef, false}, // March 3 2025 was a Monday
		{"Tuesday, March 3, 2025", dateNoRef, true},
		{"Monday, March 3", dateNoRef, false}, // the year is unknown
		{"Tuesday", dateRefMar5, false},       // resolved from the weekday itself
		{"Sat 3 Jan 2026", dateNoRef, false},
		{"Sun 3 Jan 2026", dateNoRef, true},
	}
	for _, c := range cases {
		ds := ScanDates(c.text, c.ref)
		if len(ds) != 1 {
			t.Errorf("ScanDates(%q) found %d dates, want 1", c.text, len(ds))
			continue
		}
		if !ds[0].HasWeekday {
			t.Errorf("ScanDates(%q): HasWeekday = false", c.text)
		}
		if got := ds[0].WeekdayMismatch(); got != c.want {
			t.Errorf("ScanDates(%q).WeekdayMismatch() = %v, want %v", c.text, got, c.want)
		}
	}
	if (Date{HasWeekday: true, First: Day{2026, 3, 3}, Last: Day{2026, 3, 5}, Weekday: time.Monday}).WeekdayMismatch() {
		t.Error("a range of days cannot mismatch its weekday")
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		ref  Day
		ok   bool
		want dateFound
	}{
		{"7 October 2023", dateNoRef, true, dateFound{Text: "7 October 2023", First: "2023-10-07", Last: "2023-10-07", Precision: "day", YearStated: true}},
		{"  October 7, 2023. ", dateNoRef, true, dateFound{Text: "October 7, 2023", First: "2023-10-07", Last: "2023-10-07", Precision: "day", YearStated: true}},
		{"May", dateRefJul14, true, dateFound{Text: "May", First: "2026-05-01", Last: "2026-05-31", Precision: "month"}},
		{"march", dateRefJul14, true, dateFound{Text: "march", First: "2026-03-01", Last: "2026-03-31", Precision: "month"}},
		{"Oct.", dateRefJul14, true, dateFound{Text: "Oct", First: "2025-10-01", Last: "2025-10-31", Precision: "month"}},
		{"1978", dateNoRef, true, dateFound{Text: "1978", First: "1978-01-01", Last: "1978-12-31", Precision: "year", YearStated: true}},
		{"Tuesday", dateRefMar5, true, dateFound{Text: "Tuesday", First: "2026-03-03", Last: "2026-03-03", Precision: "day", Relative: true, Weekday: "Tuesday"}},
		{"Tuesday", dateNoRef, false, dateFound{}},
		{"in 1978", dateNoRef, false, dateFound{}},
		{"October 7, 2023 and later", dateNoRef, false, dateFound{}},
		{"", dateNoRef, false, dateFound{}},
		{"hello", dateNoRef, false, dateFound{}},
		{"19/01/2025", dateNoRef, false, dateFound{}},
	}
	for _, c := range cases {
		d, ok := ParseDate(c.in, c.ref)
		if ok != c.ok {
			t.Errorf("ParseDate(%q) ok = %v, want %v", c.in, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		got := describeDateMentions(c.in, []Date{d})[0]
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("ParseDate(%q) mismatch (-want +got):\n%s", c.in, diff)
		}
	}
}

func TestDay(t *testing.T) {
	cases := []struct {
		d        Day
		str      string
		complete bool
	}{
		{Day{2025, time.January, 19}, "2025-01-19", true},
		{Day{2025, time.January, 0}, "2025-01", false},
		{Day{Year: 2025}, "2025", false},
		{Day{0, time.March, 3}, "--03-03", false},
		{Day{0, time.March, 0}, "--03", false},
		{Day{}, "", false},
		{Day{2025, time.February, 29}, "2025-02-29", false},
		{Day{2024, time.February, 29}, "2024-02-29", true},
		{Day{2025, 13, 1}, "2025-13-01", false},
	}
	for _, c := range cases {
		if got := c.d.String(); got != c.str {
			t.Errorf("%#v.String() = %q, want %q", c.d, got, c.str)
		}
		if got := c.d.Complete(); got != c.complete {
			t.Errorf("%#v.Complete() = %v, want %v", c.d, got, c.complete)
		}
		tm := c.d.Time()
		if c.complete {
			if tm.Year() != c.d.Year || tm.Month() != c.d.Month || tm.Day() != c.d.Day || tm.Location() != time.UTC || tm.Hour() != 0 {
				t.Errorf("%#v.Time() = %v", c.d, tm)
			}
		} else if !tm.IsZero() {
			t.Errorf("%#v.Time() = %v, want zero", c.d, tm)
		}
	}
	if got := (Day{2025, time.December, 31}).AddDays(1); got != (Day{2026, time.January, 1}) {
		t.Errorf("AddDays across the year = %v", got)
	}
	if got := (Day{2024, time.March, 1}).AddDays(-1); got != (Day{2024, time.February, 29}) {
		t.Errorf("AddDays back over a leap day = %v", got)
	}
	if !(Day{2025, 1, 31}).Before(Day{2025, 2, 1}) || (Day{2025, 2, 1}).Before(Day{2025, 2, 1}) {
		t.Error("Before is wrong")
	}
}

// TestScanDatesOffsets checks that offsets point into the text given,
// including after multi-byte runes.
func TestScanDatesOffsets(t *testing.T) {
	text := "Kahramanmaraş — “on 6 February 2023” — İstanbul, and since 1999…"
	ds := ScanDates(text, dateNoRef)
	var got []string
	for _, d := range ds {
		got = append(got, text[d.Start:d.End])
	}
	want := []string{"6 February 2023", "1999"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// dateBenchProse is made-up wire copy dense with dates and near misses.
var dateBenchProse = strings.Repeat(`The storm made landfall on Tuesday, March 3, and by the following
morning officials said at least 1,204 homes had been damaged. Relief convoys that were due in early
February only reached the coast in mid-March, the agency said in a statement on Friday. Residents
may return once engineers inspect the bridges, which were built in 1978 and last repaired in the
1990s. "We have not seen flooding like this since October 7, 2003," the mayor told reporters
yesterday, adding that the 2,500 troops sent on 12 March would stay until late May 2026. A second
levee, finished in January 2024, held. Talks on compensation are set for the first week of June;
a total of 4000 claims were filed by 3 p.m. on Wednesday. Marchers gathered as they march every
Sunday, and the Sunday Times said the repair bill could reach $2.1 billion by 2030.
`, 4)

func BenchmarkScanDates(b *testing.B) {
	ref := Day{2026, time.March, 9}
	b.SetBytes(int64(len(dateBenchProse)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += len(ScanDates(dateBenchProse, ref))
	}
	if n == 0 {
		b.Fatal("no dates found")
	}
}

// TestScanDatesWordSoup runs the fuzz invariants over random strings built
// from the grammar's own words, which reach far more of it than random
// bytes do.
func TestScanDatesWordSoup(t *testing.T) {
	vocab := []string{"in", "on", "the", "of", "since", "by", "early", "mid", "mid-", "late", "last",
		"next", "this", "week", "first", "twenty", "-", "–", "first", "end", "May", "may", "March",
		"march", "Oct.", "Oct", "October", "February", "Feb", "Tuesday", "Tue.", "Sunday", "Sun",
		"yesterday", "today", "night", "morning", ",", ".", "'", "s", "th", "3", "29", "30", "31", "7th",
		"1990", "1990s", "2024", "2025", "2000", "1,200", "3.5", "2025-02-28", "people", "GMT", "and",
		"between", "from", "to", "Times", "Black", "every", "\u00a0", "ş", "$", "%", "/"}
	rng := rand.New(rand.NewPCG(1, 2))
	refs := []Day{dateNoRef, dateRefMar5, dateRefJan4, {2024, time.February, 29}, {Year: 2025}}
	var b strings.Builder
	for n := 0; n < 20000; n++ {
		b.Reset()
		for k := rng.IntN(8) + 1; k > 0; k-- {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			if rng.IntN(4) != 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		ref := refs[rng.IntN(len(refs))]
		prevEnd := 0
		for _, d := range ScanDates(text, ref) {
			mention := text[d.Start:d.End]
			if d.Start < prevEnd || d.End <= d.Start || d.End > len(text) {
				t.Fatalf("%q: bad offsets %d..%d", text, d.Start, d.End)
			}
			prevEnd = d.End
			if d.First.Complete() && d.Last.Complete() && d.Last.Before(d.First) {
				t.Fatalf("%q: %q covers %v..%v", text, mention, d.First, d.Last)
			}
			if (d.First.Year == 0) != (d.Last.Year == 0) || (d.First.Year != 0 && !d.Last.Complete()) {
				t.Fatalf("%q: %q covers %v..%v", text, mention, d.First, d.Last)
			}
			alone, ok := ParseDate(mention, ref)
			if !ok || alone.First != d.First || alone.Last != d.Last || alone.Precision != d.Precision {
				t.Fatalf("%q: mention %q reads alone as %v %v..%v %s, in text as %v..%v %s", text, mention,
					ok, alone.First, alone.Last, alone.Precision, d.First, d.Last, d.Precision)
			}
		}
	}
}
