package article

import (
	"strings"

	"golang.org/x/net/html"
)

// skipped are elements whose content is not article text: code, metadata,
// embedded documents and page furniture (navigation, footers, asides).
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"nav": true, "footer": true, "aside": true, "svg": true, "math": true,
	"iframe": true, "object": true, "canvas": true, "select": true, "button": true,
	"form": true, "dialog": true,
}

// blocks are elements that start and end a paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "td": true, "th": true, "caption": true,
	"section": true, "article": true, "header": true, "main": true, "blockquote": true,
	"pre": true, "figure": true, "figcaption": true, "hr": true, "address": true,
	"details": true, "summary": true, "fieldset": true, "legend": true, "center": true,
	"body": true, "html": true, "hgroup": true,
}

// voids are elements that never have content or an end tag.
var voids = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// htmlText accumulates the visible text of an HTML document together with
// its mapping to file offsets.
type htmlText struct {
	text         []byte
	spans        []textSpan
	pendingSpace bool // whitespace seen since the last character
	spaceAt      int  // file offset of that whitespace
}

// addExact appends text that maps byte for byte to the file from file on.
func (h *htmlText) addExact(s []byte, file int) {
	if len(s) == 0 {
		return
	}
	t := len(h.text)
	if n := len(h.spans); n == 0 || !h.spans[n-1].exact || h.spans[n-1].file-h.spans[n-1].text != file-t {
		h.spans = append(h.spans, textSpan{text: t, file: file, exact: true})
	}
	h.text = append(h.text, s...)
}

// addAt appends text whose every byte maps to the file offset file.
func (h *htmlText) addAt(s []byte, file int) {
	if len(s) == 0 {
		return
	}
	h.spans = append(h.spans, textSpan{text: len(h.text), file: file})
	h.text = append(h.text, s...)
}

// flushSpace writes a pending run of whitespace as one space, unless it
// would start a line.
func (h *htmlText) flushSpace() {
	if h.pendingSpace && len(h.text) > 0 && h.text[len(h.text)-1] != '\n' {
		h.addExact([]byte{' '}, h.spaceAt)
	}
	h.pendingSpace = false
}

func (h *htmlText) space(file int) {
	if !h.pendingSpace {
		h.pendingSpace, h.spaceAt = true, file
	}
}

// lineBreak ends the current line (for <br>); paragraph ends the current
// paragraph (for block elements) with a blank line.
func (h *htmlText) lineBreak(file int) {
	h.pendingSpace = false
	if n := len(h.text); n > 0 && h.text[n-1] != '\n' {
		h.addAt([]byte{'\n'}, file)
	}
}

func (h *htmlText) paragraph(file int) {
	h.pendingSpace = false
	switch n := len(h.text); {
	case n == 0:
	case h.text[n-1] != '\n':
		h.addAt([]byte("\n\n"), file)
	case n == 1 || h.text[n-2] != '\n':
		h.addAt([]byte{'\n'}, file)
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// addRaw appends the raw text of a text token found at file offset file:
// whitespace runs collapse to one space, entities are decoded, and a
// no-break space counts as whitespace.
func (h *htmlText) addRaw(raw []byte, file int) {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case isHTMLSpace(c):
			h.space(file + i)
			i++
		case c == 0xC2 && i+1 < len(raw) && raw[i+1] == 0xA0:
			h.space(file + i)
			i += 2
		case c == '&':
			n := entityLen(raw[i:])
			decoded := ""
			if n > 0 {
				decoded = html.UnescapeString(string(raw[i : i+n]))
			}
			if n == 0 || len(decoded) == n && decoded == string(raw[i:i+n]) {
				// Not a character reference: a plain ampersand.
				h.flushSpace()
				h.addExact([]byte{'&'}, file+i)
				i++
				continue
			}
			if strings.TrimLeft(decoded, " \t\n\r\f\u00a0") == "" {
				h.space(file + i)
			} else {
				h.flushSpace()
				h.addAt([]byte(decoded), file+i)
			}
			i += n
		default:
			// Copy a run of text at once, single spaces between words
			// included.
			j := i + 1
			for j < len(raw) {
				b := raw[j]
				if b == ' ' && j+1 < len(raw) && !isHTMLSpace(raw[j+1]) && raw[j+1] != '&' && raw[j+1] != 0xC2 {
					j += 2
					continue
				}
				if isHTMLSpace(b) || b == '&' || b == 0xC2 {
					break
				}
				j++
			}
			h.flushSpace()
			h.addExact(raw[i:j], file+i)
			i = j
		}
	}
}

// entityLen returns the length of what may be a character reference at the
// start of s ("&amp;", "&#233;", "&#xE9;", "&nbsp" without the semicolon),
// or 0 when s cannot start one.
func entityLen(s []byte) int {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		start := i
		for i < len(s) && i-start < 8 && (s[i] >= '0' && s[i] <= '9' || hex && (s[i] >= 'a' && s[i] <= 'f' || s[i] >= 'A' && s[i] <= 'F')) {
			i++
		}
		if i == start {
			return 0
		}
	} else {
		start := i
		for i < len(s) && i-start < 32 && isWordByte(s[i]) && s[i] < 0x80 {
			i++
		}
		if i == start {
			return 0
		}
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	return i
}

// parseHTML fills Text, its mapping, and the metadata from an HTML document
// (body is the file after any byte order mark).
func (a *Article) parseHTML(body string) {
	z := html.NewTokenizer(strings.NewReader(body))
	var (
		h          htmlText
		off        = a.base
		skipName   string // element being skipped, "" when reading
		skipDepth  int
		inTitle    bool
		title      strings.Builder
		metaDate   string
		timeDate   string
		ogTitle    string
		ogURL      string
		canonical  string
		siteSource string
		attrs      []attr
		nameBuf    []byte
	)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := off
		off += len(z.Raw())
		switch tt {
		case html.TextToken:
			switch {
			case inTitle:
				title.WriteString(string(z.Raw()))
			case skipName == "":
				h.addRaw(z.Raw(), start)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name := tagName(z.Raw(), &nameBuf)
			var hidden bool
			attrs, hidden = readAttrs(z, name, attrs[:0])
			switch name {
			case "body":
				if skipName == "head" {
					skipName, skipDepth = "", 0
				}
			case "title":
				inTitle = tt == html.StartTagToken && a.Title == "" && (skipName == "" || skipName == "head")
			case "meta":
				readMeta(attrs, &metaDate, &ogTitle, &ogURL, &siteSource)
			case "link":
				if strings.EqualFold(attrValue(attrs, "rel"), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attrValue(attrs, "href"))
				}
			case "time":
				if d := attrValue(attrs, "datetime"); d != "" && timeDate == "" && skipName == "" {
					timeDate = d
				}
			}
			if skipName != "" {
				if name == skipName && tt == html.StartTagToken {
					skipDepth++
				}
				continue
			}
			if tt == html.StartTagToken && !voids[name] && (skipped[name] || hidden) {
				skipName, skipDepth = name, 1
				continue
			}
			switch {
			case name == "br":
				h.lineBreak(start)
			case blocks[name]:
				h.paragraph(start)
			case name == "img":
				h.space(start)
			}
		case html.EndTagToken:
			name := tagName(z.Raw(), &nameBuf)
			if name == "title" && inTitle {
				inTitle = false
				a.Title = strings.Join(strings.Fields(html.UnescapeString(title.String())), " ")
			}
			if skipName != "" {
				if name == skipName {
					if skipDepth--; skipDepth == 0 {
						skipName = ""
					}
				}
				continue
			}
			switch {
			case name == "br":
				h.lineBreak(start)
			case blocks[name]:
				h.paragraph(start)
			}
		}
	}
	for n := len(h.text); n > 0 && h.text[n-1] == '\n'; n-- {
		h.text = h.text[:n-1]
	}
	for n := len(h.spans); n > 0 && h.spans[n-1].text >= len(h.text) && len(h.text) > 0; n-- {
		h.spans = h.spans[:n-1]
	}
	a.Text = string(h.text)
	a.spans = h.spans
	if a.spans == nil {
		a.spans = []textSpan{{text: 0, file: a.base}}
	}
	if a.Title == "" {
		a.Title = ogTitle
	}
	if a.Source == "" {
		a.Source = siteSource
	}
	a.URL = canonical
	if a.URL == "" {
		a.URL = ogURL
	}
	// An HTML date that cannot be read is ignored: pages carry many
	// <time> elements (durations, clock times) that are not publication
	// dates.
	for _, d := range []string{metaDate, timeDate} {
		if t, ok := parseDate(d); ok {
			a.Published, a.Dated = t, true
			break
		}
	}
}

// attr is one attribute of a tag; the tokenizer lower-cases keys.
type attr struct{ key, val string }

// metadataTags are the elements whose attributes are kept.
var metadataTags = map[string]bool{"meta": true, "link": true, "time": true}

// readAttrs reads the attributes of the current tag, appending them to
// attrs for the elements that carry metadata, and reports whether the tag
// has a hidden attribute.
func readAttrs(z *html.Tokenizer, name string, attrs []attr) ([]attr, bool) {
	hidden := false
	keep := metadataTags[name]
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if k == nil {
			break
		}
		if string(k) == "hidden" {
			hidden = true
		}
		if keep {
			attrs = append(attrs, attr{string(k), string(v)})
		}
	}
	return attrs, hidden
}

// knownTags interns the names of the elements the reader treats specially
// or meets often, so that reading a tag name does not allocate.
var knownTags = func() map[string]string {
	m := map[string]string{}
	for _, set := range []map[string]bool{skipped, blocks, voids, metadataTags} {
		for name := range set {
			m[name] = name
		}
	}
	for _, name := range []string{"title", "a", "span", "em", "strong", "b", "i", "u", "s", "small",
		"sup", "sub", "abbr", "cite", "q", "mark", "code", "time", "label", "font"} {
		m[name] = name
	}
	return m
}()

// tagName returns the lower-cased element name of a start or end tag from
// its raw text ("<P class=x>", "</p>"), as the tokenizer reads it: up to
// white space, '/' or '>'. buf is scratch space kept between calls.
func tagName(raw []byte, buf *[]byte) string {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	b := (*buf)[:0]
	for ; i < len(raw) && !isHTMLSpace(raw[i]) && raw[i] != '/' && raw[i] != '>'; i++ {
		c := raw[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	*buf = b
	if name, ok := knownTags[string(b)]; ok {
		return name
	}
	return string(b)
}

// attrValue returns the value of the first attribute named key, or "".
func attrValue(attrs []attr, key string) string {
	for _, a := range attrs {
		if a.key == key {
			return a.val
		}
	}
	return ""
}

// readMeta takes the metadata the article needs from one <meta> element.
func readMeta(attrs []attr, date, title, url, source *string) {
	key := strings.ToLower(attrValue(attrs, "property"))
	if key == "" {
		key = strings.ToLower(attrValue(attrs, "name"))
	}
	if key == "" {
		key = strings.ToLower(attrValue(attrs, "itemprop"))
	}
	content := strings.TrimSpace(attrValue(attrs, "content"))
	if content == "" {
		return
	}
	set := func(dst *string) {
		if *dst == "" {
			*dst = content
		}
	}
	switch key {
	case "article:published_time", "date", "pubdate", "publishdate", "publish-date",
		"dc.date", "dc.date.issued", "dcterms.created", "datepublished", "og:published_time":
		set(date)
	case "og:title", "twitter:title":
		set(title)
	case "og:url":
		set(url)
	case "og:site_name", "publisher", "source":
		set(source)
	}
}
