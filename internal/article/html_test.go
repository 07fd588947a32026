package article

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseHTMLText(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"whitespace collapses", "<p>  The ferry\n    sank,\tofficials   said. </p>", "The ferry sank, officials said."},
		{"inline elements join", "<p>The <em>MV</em> <strong>Solenne</strong>sank</p>", "The MV Solennesank"},
		{"entities", "<p>Tom &amp; Jerry &mdash; caf&eacute; &#233; &#xE9; &lt;b&gt;</p>", "Tom & Jerry — café é é <b>"},
		{"no-break space", "<p>12&nbsp;people and 3\u00a0more</p>", "12 people and 3 more"},
		{"unknown entity kept", "<p>&bogus; AT&T</p>", "&bogus; AT&T"},
		{"br is a line break", "<p>Line one<br>Line two<br/><br>three</p>", "Line one\nLine two\nthree"},
		{"headings and lists", "<h1>Title</h1><ul><li>a</li><li>b</li></ul>", "Title\n\na\n\nb"},
		{"skipped elements", "<script>var x = '<p>no</p>';</script><style>p{}</style><nav>Home</nav><p>Yes</p><aside>Related</aside><footer>(c)</footer><noscript>JS</noscript><template><p>t</p></template>", "Yes"},
		{"nested skip", "<nav><nav>a</nav>b</nav><p>c</p>", "c"},
		{"hidden attribute", "<p>seen</p><div hidden><p>unseen</p></div><p>seen too</p>", "seen\n\nseen too"},
		{"head text skipped", "<html><head><title>T</title><meta name=x></head><body><p>Body</p></body></html>", "Body"},
		{"head without end tag", "<head><title>T</title><body><p>Body</p>", "Body"},
		{"comments and doctype", "<!DOCTYPE html><!-- note --><p>a<!-- x -->b</p>", "ab"},
		{"table cells", "<table><tr><td>Killed</td><td>18</td></tr></table>", "Killed\n\n18"},
		{"text outside blocks", "Loose text<div>block</div>tail", "Loose text\n\nblock\n\ntail"},
		{"CRLF", "<p>The ferry\r\nsank.</p>\r\n<p>Next.</p>", "The ferry sank.\n\nNext."},
		{"img is a space", "<p>a<img src=x alt=y>b</p>", "a b"},
		{"empty", "", ""},
		{"only markup", "<html><body></body></html>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, "a.html", tt.src)
			if a.Format != FormatHTML {
				t.Errorf("Format = %v", a.Format)
			}
			if a.Text != tt.want {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
			checkLetters(t, a)
		})
	}
}

func TestParseHTMLMetadata(t *testing.T) {
	day8 := time.Date(2026, 7, 11, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name, src          string
		title, source, url string
		published          time.Time
		dated              bool
	}{
		{
			name: "meta published_time",
			src: `<html><head><title> Ferry  capsizes &ndash; Gazette </title>
<meta property="article:published_time" content="2026-07-11T08:00:00Z">
<meta property="og:site_name" content="Port Gazette">
<link rel="canonical" href="https://example.org/ferry"></head><body><p>x</p></body></html>`,
			title: "Ferry capsizes – Gazette", source: "Port Gazette", url: "https://example.org/ferry",
			published: day8, dated: true,
		},
		{
			name:      "meta name=date",
			src:       `<meta name="date" content="2026-07-11"><p>x</p>`,
			published: time.Date(2026, 7, 11, 0, 0, 0, 0, time.UTC), dated: true,
		},
		{
			name:      "time element",
			src:       `<p>Posted <time datetime="2026-07-11T08:00:00Z">July 11</time></p><p><time datetime="2020-01-01">old</time></p>`,
			published: day8, dated: true,
		},
		{
			name:      "meta wins over an earlier time element",
			src:       `<body><time datetime="2020-01-01">x</time><meta property="article:published_time" content="2026-07-11T08:00:00Z"></body>`,
			published: day8, dated: true,
		},
		{
			name:  "unreadable dates are ignored",
			src:   `<meta name="date" content="yesterday"><p><time datetime="PT2H">2 hours</time></p>`,
			dated: false,
		},
		{
			name:  "time in nav is not the article's",
			src:   `<nav><time datetime="2020-01-01">x</time></nav><p>y</p>`,
			dated: false,
		},
		{
			name:  "og fallbacks",
			src:   `<meta property="og:title" content="OG title"><meta property="og:url" content="https://example.org/og">`,
			title: "OG title", url: "https://example.org/og",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, "a.htm", tt.src)
			if a.Title != tt.title || a.Source != tt.source || a.URL != tt.url {
				t.Errorf("title %q source %q url %q; want %q %q %q", a.Title, a.Source, a.URL, tt.title, tt.source, tt.url)
			}
			if a.Dated != tt.dated || !a.Published.Equal(tt.published) {
				t.Errorf("Published %v dated %v; want %v %v", a.Published, a.Dated, tt.published, tt.dated)
			}
		})
	}
}

// TestHTMLLineMapping checks that text deep in a long document maps back to
// its own line and column.
func TestHTMLLineMapping(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html>\n<head>\n<title>Ferry</title>\n<script>\nvar a = 1;\n</script>\n</head>\n<body>\n")
	for i := range 300 {
		fmt.Fprintf(&b, "<p class=\"para\">\n    Paragraph%03d: the ferry&nbsp;carried <b>%d</b> people &amp; cars.\n</p>\n", i, 400+i)
	}
	b.WriteString("</body>\n</html>\n")
	src := b.String()
	a := mustParse(t, "deep.html", src)
	checkLetters(t, a)
	lines := fileLines(src)
	for _, i := range []int{0, 1, 150, 299} {
		word := fmt.Sprintf("Paragraph%03d", i)
		off := strings.Index(a.Text, word)
		if off < 0 {
			t.Fatalf("%s not in Text", word)
		}
		line, col := a.Position(off)
		wantLine := 10 + 3*i + 1 // after 9 header lines, three lines per paragraph
		if line != wantLine || col != 5 {
			t.Errorf("%s at %d:%d, want %d:5 (line %q)", word, line, col, wantLine, lines[wantLine-1])
		}
		// The decoded &amp; maps to the start of the entity.
		amp := off + strings.Index(a.Text[off:], "&")
		if l, c := a.Position(amp); l != line || !strings.HasPrefix(string([]rune(lines[l-1])[c-1:]), "&amp;") {
			t.Errorf("& of %s maps to %d:%d", word, l, c)
		}
	}
	checkWords(t, a, src, "Paragraph150", "549", "people &", "cars")
}

func TestHTMLWithBOMAndMultibyte(t *testing.T) {
	src := bom + "<p>Şahin said\n“12 killed” in Çorum.</p>"
	a := mustParse(t, "a.html", src)
	if a.Text != "Şahin said “12 killed” in Çorum." {
		t.Errorf("Text = %q", a.Text)
	}
	checkWords(t, a, src, "Şahin", "12 killed", "Çorum")
}
