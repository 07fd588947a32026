package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
)

// WriteGitHub writes GitHub Actions workflow commands, which the runner turns into annotations
// on the files: one line per new finding at its draft-side claim (see locate), "::error" or
// "::warning" by the report's severity for the finding's kind, then the summary line as plain
// text. Known findings are written only when the report is verbose, as "::notice" lines, since
// the baseline accepts them; verbose reports also list stale baseline entries as notices.
func WriteGitHub(w io.Writer, r *Report) error {
	if r == nil {
		return errNil
	}
	var b strings.Builder
	for _, f := range r.Findings {
		if !f.New && !r.Verbose {
			continue
		}
		here, other := locate(f, r.Drafts)
		command, title := level(r, f.Kind), ruleID(f.Kind)+": "+f.Subject
		if !f.New {
			command, title = "notice", title+" (known)"
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n",
			command, escapeProperty(filepath.ToSlash(here.Path)), max(here.Line, 1), max(here.Column, 1),
			escapeProperty(title), escapeData(annotation(f, other)))
	}
	if r.Verbose {
		for _, s := range r.StaleList {
			fmt.Fprintf(&b, "::notice title=%s::%s\n", escapeProperty("crosscheck: stale baseline entry"), escapeData(s))
		}
	}
	b.WriteString(summaryLine(r))
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// annotation is the finding's message, naming the other claim's place when the message does not
// already: an annotation stands at one place only.
func annotation(f compare.Finding, other claims.Claim) string {
	msg := message(f)
	if names(msg, where(other)) {
		return msg
	}
	return fmt.Sprintf("%s (other statement: %q at %s)", msg, other.Display, where(other))
}

// names reports whether msg mentions the place loc ("path:line") not followed by another digit.
func names(msg, loc string) bool {
	for i := 0; ; {
		j := strings.Index(msg[i:], loc)
		if j < 0 {
			return false
		}
		end := i + j + len(loc)
		if end == len(msg) || msg[end] < '0' || msg[end] > '9' {
			return true
		}
		i += j + 1
	}
}

// escapeData escapes a workflow command's message, which ends at the line's end.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value, which also ends at a comma or,
// before the message, at "::".
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
