package article

import (
	"fmt"
	"strings"
	"testing"
)

// markdownSample returns a Markdown article of n repeated sections that uses
// every masked construct.
func markdownSample(n int) string {
	var b strings.Builder
	b.WriteString("---\ntitle: \"Ferry capsizes in strait\"\nsource: Port Gazette\npublished: 2026-07-11\n---\n")
	for i := range n {
		fmt.Fprintf(&b, "## Update %d: toll rises ##\n\n", i+1)
		fmt.Fprintf(&b, "The passenger ferry **MV Solenne** capsized in the _Careth Strait_ on Saturday with %d people\n", 400+i)
		b.WriteString("on board, the [coast guard](https://example.org/coast_guard) said. At least 18 people died and\n")
		b.WriteString("96 were rescued, according to `official` figures[^1].\n\n")
		b.WriteString("> \"We are searching for 298 people,\" said Commander Elena Varga, 49.\n\n")
		b.WriteString("- Built in 1998, licensed for 350 passengers\n- Crossing takes ~3 hours\n\n")
		b.WriteString("1. First ferry disaster since 2019\n2. Second inquiry <!-- check --> this year\n\n")
		b.WriteString("![The ferry](ferry.jpg)\n\nTransport Minister Piet Lorens promised a full inquiry into the disaster, which left\n")
		b.WriteString("families waiting at the port for news of relatives. ~~Three~~ Five days of mourning were declared.\n\n")
		b.WriteString("[^1]: Figures from the Careth coast guard.\n\n---\n\n")
	}
	return b.String()
}

// textSample returns plain prose of about n bytes.
func textSample(n int) string {
	para := "The passenger ferry MV Solenne capsized in the Careth Strait on Saturday, July 11, with 412 people on board. " +
		"At least 18 people died and 96 were rescued, the coast guard said.\n" +
		"Coast Guard Commander Elena Varga said divers were searching for 298 people still missing.\n\n"
	return strings.Repeat(para, n/len(para)+1)
}

// htmlSample returns an HTML article with n paragraphs.
func htmlSample(n int) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Ferry capsizes &ndash; Port Gazette</title>\n")
	b.WriteString("<meta property=\"article:published_time\" content=\"2026-07-11T08:00:00Z\">\n<style>p { color: black; }</style>\n</head>\n")
	b.WriteString("<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>\n<article>\n<h1>Ferry capsizes</h1>\n")
	for i := range n {
		fmt.Fprintf(&b, "<p>Update %d: The ferry&nbsp;<em>MV Solenne</em> capsized with\n  %d people on board, officials said &mdash; at least 18 died.</p>\n", i+1, 400+i)
	}
	b.WriteString("</article>\n<footer>&copy; 2026 Port Gazette</footer>\n<script>track();</script>\n</body>\n</html>\n")
	return b.String()
}

func FuzzParse(f *testing.F) {
	f.Add(uint8(0), []byte("Ferry sinks\r\nAt least 18 died."))
	f.Add(uint8(1), []byte(markdownSample(1)))
	f.Add(uint8(1), []byte("---\ntitle: [x\n---\n"))
	f.Add(uint8(1), []byte(bom+"---\r\npublished: 2026-07-11\r\n---\r\n# T\r\n\r\n[a](b) `c` <!-- d"))
	f.Add(uint8(1), []byte("[a\n](b\n![c](d\n```\n> - 1. # x"))
	f.Add(uint8(2), []byte(htmlSample(2)))
	f.Add(uint8(2), []byte("<p>a &amp b &#x41; &#99999999; &bogus; <br><title>x</title><time datetime=2026-07-11>"))
	f.Add(uint8(2), []byte("<nav><p>x</nav><aside hidden>y<div>z"))
	f.Add(uint8(0), []byte{0xff, 0xfe, 'a', '\n', 0xc3})
	names := []string{"a.txt", "a.md", "a.html"}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		name := names[int(kind)%len(names)]
		a, err := Parse(name, data)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %v is %T, want *Error", err, err)
			}
			return
		}
		if a.Format != FormatHTML {
			base := len(data) - len(a.Text)
			if base != 0 && base != len(bom) {
				t.Fatalf("len(Text) = %d, file %d: offsets differ", len(a.Text), len(data))
			}
			for i := range len(a.Text) {
				c, d := a.Text[i], data[base+i]
				if (c == '\n') != (d == '\n') || (c != d && c != ' ') {
					t.Fatalf("Text[%d] = %q, file has %q", i, c, d)
				}
			}
		}
		prevLine, prevCol := 1, 1
		for off := 0; off <= len(a.Text); off++ {
			line, col := a.Position(off)
			if line < 1 || col < 1 || line > a.Lines() {
				t.Fatalf("Position(%d) = %d:%d with %d lines", off, line, col, a.Lines())
			}
			if line < prevLine || line == prevLine && col < prevCol {
				t.Fatalf("Position(%d) = %d:%d goes back from %d:%d", off, line, col, prevLine, prevCol)
			}
			if runes := len([]rune(a.LineText(line))); col > runes+2 {
				// +2: the end of a line may sit after a \r.
				t.Fatalf("Position(%d) = %d:%d beyond line of %d characters", off, line, col, runes)
			}
			prevLine, prevCol = line, col
		}
	})
}

func benchmarkParse(b *testing.B, name, src string) {
	data := []byte(src)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseMarkdown(b *testing.B) { benchmarkParse(b, "a.md", markdownSample(1000)) }
func BenchmarkParseText(b *testing.B)     { benchmarkParse(b, "a.txt", textSample(1<<20)) }
func BenchmarkParseHTML(b *testing.B)     { benchmarkParse(b, "a.html", htmlSample(2000)) }
