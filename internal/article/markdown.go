package article

import (
	"bytes"
	"sort"
)

// maskMarkdown overwrites Markdown markup in buf, from offset start on, with
// spaces of the same length, so that the text reads as prose and keeps the
// byte offsets of the file. Newlines are never touched.
//
// Masked: ATX heading #'s, setext underlines and thematic breaks, emphasis
// and strikethrough markers, code span backticks, fenced code blocks (fences
// and contents), list bullets and ordered-list numbers, blockquote '>',
// link syntax (the text of [text](url) is kept), images, footnote markers,
// reference definitions, inline HTML tags and comments, backslashes of
// escapes and table pipes.
//
// It is a single pass over the bytes; lookahead for a closing bracket,
// parenthesis or backtick run stops at a blank line or after maxLookahead
// bytes, so the cost stays linear. lines holds the offset of every line
// start plus base (the article's line table), so that lines are not searched
// for twice.
func maskMarkdown(buf []byte, start int, lines []int, base int) {
	m := masker{buf: buf, prevBlank: true}
	k := sort.Search(len(lines), func(k int) bool { return lines[k]-base >= start })
	pos, lineStart := start, true
	for k < len(lines) {
		lineEnd := len(buf)
		if k+1 < len(lines) {
			lineEnd = lines[k+1] - base - 1
		}
		contentEnd := lineEnd
		if contentEnd > pos && buf[contentEnd-1] == '\r' {
			contentEnd--
		}
		i := pos
		if lineStart {
			i = m.block(pos, contentEnd)
		}
		if i >= 0 {
			if resume := m.inline(i, contentEnd); resume > contentEnd {
				// A comment or code span ran on into a later line: carry on
				// from its end, which may be inside that line.
				for k+1 < len(lines) && lines[k+1]-base <= resume {
					k++
				}
				pos, lineStart = resume, resume == lines[k]-base
				m.prevBlank, m.prevList = false, false
				continue
			}
		}
		if k++; k < len(lines) {
			pos, lineStart = lines[k]-base, true
		}
	}
}

// maxLookahead bounds the search for the end of a link, image or code span.
const maxLookahead = 2048

type masker struct {
	buf       []byte
	fence     byte // '`' or '~' inside a fenced code block, else 0
	fenceLen  int
	prevBlank bool // the previous line was blank (or there was none)
	prevList  bool // the previous line was a list item
}

func isSpaceTab(c byte) bool { return c == ' ' || c == '\t' }

// run returns the end of the run of byte c starting at i, not beyond end.
func run(buf []byte, i, end int, c byte) int {
	for i < end && buf[i] == c {
		i++
	}
	return i
}

// block masks the block-level markup at the start of the line [ls, le) and
// returns where inline masking should start, or -1 when the whole line has
// been dealt with.
func (m *masker) block(ls, le int) int {
	buf := m.buf
	i := ls
	for i < le && isSpaceTab(buf[i]) {
		i++
	}
	if i == le {
		m.prevBlank, m.prevList = true, false
		return -1
	}
	if m.fence != 0 {
		if j := run(buf, i, le, m.fence); j-i >= m.fenceLen && onlySpace(buf[j:le]) {
			m.fence = 0
		}
		blank(buf[ls:le])
		return -1
	}
	c := buf[i]
	if c == '`' || c == '~' {
		if j := run(buf, i, le, c); j-i >= 3 && (c == '~' || bytes.IndexByte(buf[j:le], '`') < 0) {
			m.fence, m.fenceLen = c, j-i
			blank(buf[ls:le])
			return -1
		}
	}
	if isRule(buf[i:le]) {
		blank(buf[ls:le])
		m.prevBlank, m.prevList = false, false
		return -1
	}
	if c == '[' {
		if j := bytes.IndexByte(buf[i:le], ']'); j > 1 && i+j+1 < le && buf[i+j+1] == ':' {
			if buf[i+1] == '^' {
				// A footnote definition: the marker goes, its text stays.
				blank(buf[i : i+j+2])
				i += j + 2
			} else {
				blank(buf[ls:le])
				return -1
			}
		}
	}
	for i < le && buf[i] == '>' {
		buf[i] = ' '
		i++
		for i < le && isSpaceTab(buf[i]) {
			i++
		}
	}
	isList := false
	if i < le {
		switch c := buf[i]; {
		case (c == '-' || c == '*' || c == '+') && (i+1 == le || isSpaceTab(buf[i+1])):
			buf[i] = ' '
			i++
			isList = true
		case c >= '0' && c <= '9':
			// "12. " opens an ordered list only after a blank line or
			// another item (or as "1."), so a wrapped line that starts with
			// a number ending a sentence ("... in\n2026. The ...") stays.
			j := i
			for j < le && j-i < 4 && buf[j] >= '0' && buf[j] <= '9' {
				j++
			}
			if j-i <= 3 && j < le && (buf[j] == '.' || buf[j] == ')') &&
				(j+1 == le || isSpaceTab(buf[j+1])) &&
				(m.prevBlank || m.prevList || string(buf[i:j]) == "1") {
				blank(buf[i : j+1])
				i = j + 1
				isList = true
			}
		}
		if isList {
			for i < le && isSpaceTab(buf[i]) {
				i++
			}
			// A task list box: "[ ]" or "[x]".
			if i+2 < le && buf[i] == '[' && buf[i+2] == ']' && (buf[i+1] == ' ' || buf[i+1] == 'x' || buf[i+1] == 'X') {
				blank(buf[i : i+3])
				i += 3
			}
		}
	}
	if i < le && buf[i] == '#' {
		if j := run(buf, i, le, '#'); j-i <= 6 && (j == le || isSpaceTab(buf[j])) {
			blank(buf[i:j])
			i = j
			// A closing sequence: " ##" at the end of the line.
			e := le
			for e > i && isSpaceTab(buf[e-1]) {
				e--
			}
			h := e
			for h > i && buf[h-1] == '#' {
				h--
			}
			if h < e && (h == i || isSpaceTab(buf[h-1])) {
				blank(buf[h:e])
			}
		}
	}
	if i < le && buf[i] == '|' {
		for j := i; j < le; j++ {
			if buf[j] == '|' && (j == 0 || buf[j-1] != '\\') {
				buf[j] = ' '
			}
		}
		if isTableDelimiter(buf[i:le]) {
			blank(buf[i:le])
		}
	}
	m.prevBlank, m.prevList = false, isList
	return i
}

func onlySpace(b []byte) bool {
	for _, c := range b {
		if !isSpaceTab(c) {
			return false
		}
	}
	return true
}

// isRule reports whether a line is a thematic break or a setext heading
// underline: three or more of one of - * _ = and nothing else but spaces.
func isRule(line []byte) bool {
	var c byte
	n := 0
	for _, b := range line {
		switch {
		case isSpaceTab(b):
		case b == '-' || b == '*' || b == '_' || b == '=':
			if c != 0 && b != c {
				return false
			}
			c = b
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// isTableDelimiter reports whether a table line (pipes already blanked) is
// the |---|:---:| row.
func isTableDelimiter(line []byte) bool {
	dash := false
	for _, b := range line {
		switch b {
		case '-':
			dash = true
		case ':', ' ', '\t':
		default:
			return false
		}
	}
	return dash
}

// special marks the bytes that may open inline markup.
var special = [256]bool{'\\': true, '*': true, '_': true, '~': true, '`': true, '!': true, '[': true, '<': true}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// isWordByte reports whether c belongs to a word: an ASCII letter or digit,
// or any byte of a multi-byte character.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// inline masks inline markup in [i, le) and returns le, or the offset just
// after a construct that ended on a later line.
func (m *masker) inline(i, le int) int {
	buf := m.buf
	for i < le {
		c := buf[i]
		if !special[c] {
			i++
			continue
		}
		switch c {
		case '\\':
			switch {
			case i+1 == le:
				buf[i] = ' ' // a hard line break
				i++
			case isASCIIPunct(buf[i+1]):
				buf[i] = ' '
				i += 2 // the escaped character is text
			default:
				i++
			}
		case '*':
			j := run(buf, i, le, '*')
			blank(buf[i:j])
			i = j
		case '_':
			// Underscores inside a word (snake_case) are not emphasis.
			j := run(buf, i, le, '_')
			if !(i > 0 && isWordByte(buf[i-1]) && j < le && isWordByte(buf[j])) {
				blank(buf[i:j])
			}
			i = j
		case '~':
			// A single tilde means "about" (~300); two or more strike through.
			j := run(buf, i, le, '~')
			if j-i >= 2 {
				blank(buf[i:j])
			}
			i = j
		case '`':
			j := run(buf, i, le, '`')
			closing := m.findRun(j, '`', j-i)
			blank(buf[i:j])
			if closing < 0 {
				i = j
				continue
			}
			end := closing + j - i
			blank(buf[closing:end])
			if end > le {
				return end
			}
			i = end
		case '!':
			if i+1 < le && buf[i+1] == '[' {
				if end := m.linkEnd(i + 1); end > 0 {
					blank(buf[i:end])
					if end > le {
						return end
					}
					i = end
					continue
				}
			}
			i++
		case '[':
			if i+1 < le && buf[i+1] == '^' {
				if j := bytes.IndexByte(buf[i:le], ']'); j > 1 && bytes.IndexByte(buf[i:i+j], ' ') < 0 {
					blank(buf[i : i+j+1]) // a footnote reference
					i += j + 1
					continue
				}
			}
			if close := m.matchBracket(i); close > 0 {
				if end := m.linkTail(close + 1); end > 0 {
					// Keep the link text, which is processed further.
					buf[i] = ' '
					blank(buf[close:end])
				}
			}
			i++
		case '<':
			if bytes.HasPrefix(buf[i:], []byte("<!--")) {
				end := len(buf)
				if j := bytes.Index(buf[i+4:], []byte("-->")); j >= 0 {
					end = i + 4 + j + 3
				}
				blank(buf[i:end])
				if end > le {
					return end
				}
				i = end
				continue
			}
			if i+1 < le && (isASCIILetter(buf[i+1]) || buf[i+1] == '/' || buf[i+1] == '!' || buf[i+1] == '?') {
				// An inline tag or autolink: up to '>' on the same line,
				// with no '<' in between.
				if j := bytes.IndexByte(buf[i+1:le], '>'); j >= 0 && bytes.IndexByte(buf[i+1:i+1+j], '<') < 0 {
					blank(buf[i : i+j+2])
					i += j + 2
					continue
				}
			}
			i++
		}
	}
	return le
}

// limit returns the end of the lookahead window from i.
func (m *masker) limit(i int) int { return min(len(m.buf), i+maxLookahead) }

// blankLineAt reports whether the newline at buf[i] is followed by a blank
// line, which ends a paragraph and every inline construct.
func (m *masker) blankLineAt(i int) bool {
	for j := i + 1; j < len(m.buf); j++ {
		switch m.buf[j] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// findRun returns the start of the next run of exactly n bytes c from i,
// within the paragraph and the lookahead window, or -1.
func (m *masker) findRun(i int, c byte, n int) int {
	buf := m.buf
	for lim := m.limit(i); i < lim; {
		switch buf[i] {
		case c:
			j := run(buf, i, len(buf), c)
			if j-i == n {
				return i
			}
			i = j
		case '\n':
			if m.blankLineAt(i) {
				return -1
			}
			i++
		default:
			i++
		}
	}
	return -1
}

// matchBracket returns the index of the ']' closing the '[' at open, or -1.
func (m *masker) matchBracket(open int) int {
	return m.match(open, '[', ']')
}

// match returns the index of the byte closing the bracket at open, allowing
// nesting and backslash escapes, within the paragraph and the lookahead
// window, or -1.
func (m *masker) match(open int, opening, closing byte) int {
	buf := m.buf
	depth := 0
	for i, lim := open, m.limit(open); i < lim; i++ {
		switch buf[i] {
		case '\\':
			i++
		case opening:
			depth++
		case closing:
			depth--
			if depth == 0 {
				return i
			}
		case '\n':
			if m.blankLineAt(i) {
				return -1
			}
		}
	}
	return -1
}

// linkTail returns the end of "(url)" or "[ref]" starting at i, or -1.
func (m *masker) linkTail(i int) int {
	if i >= len(m.buf) {
		return -1
	}
	var close int
	switch m.buf[i] {
	case '(':
		close = m.match(i, '(', ')')
	case '[':
		close = m.match(i, '[', ']')
	default:
		return -1
	}
	if close < 0 {
		return -1
	}
	return close + 1
}

// linkEnd returns the end of a complete "[text](url)" or "[text][ref]"
// whose '[' is at open, or -1.
func (m *masker) linkEnd(open int) int {
	close := m.matchBracket(open)
	if close < 0 {
		return -1
	}
	return m.linkTail(close + 1)
}
