package article

import (
	"crypto/sha256"
	"io"
	"strings"
)

// TitleOffset returns the offset, in Text's coordinates, of the front-matter title's value, so
// that a headline can be read like a sentence and placed on its line of the file; Position works
// for it as for any offset of Text. It returns -1 when the title does not stand verbatim in the
// file (HTML titles, titles written with escapes).
func (a *Article) TitleOffset() int {
	if a.Format != FormatMarkdown || a.Title == "" || a.spans != nil {
		return -1
	}
	raw := a.raw
	for i := a.base; i < len(raw); {
		end := strings.IndexByte(raw[i:], '\n')
		if end < 0 {
			end = len(raw)
		} else {
			end += i
		}
		line := raw[i:end]
		if strings.HasPrefix(line, "title:") {
			if j := strings.Index(line, a.Title); j >= 0 {
				return i + j - a.base
			}
			return -1
		}
		if i > a.base && (strings.TrimSpace(line) == "---" || strings.TrimSpace(line) == "...") {
			return -1 // end of the front matter
		}
		i = end + 1
	}
	return -1
}

// Hash returns the SHA-256 of the file as stored: the key under which its claims can be cached.
func (a *Article) Hash() (sum [32]byte) {
	h := sha256.New()
	io.WriteString(h, a.raw) // no copy of the file
	copy(sum[:], h.Sum(nil))
	return sum
}
