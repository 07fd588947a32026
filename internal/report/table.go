package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/crosscheck-news/crosscheck/internal/claims"
)

// quoteWidth bounds the quote shown beside each value in the table.
const quoteWidth = 64

// WriteTable writes one row per finding, grouped by subject, then a one-line summary.
func WriteTable(w io.Writer, r *Report) error {
	if r == nil {
		return errNil
	}
	if len(r.Findings) > 0 {
		t := newTable(w, []string{"Subject", "Kind", "Value", "Where", "Quote"})
		for _, f := range r.Findings {
			subject := f.Subject
			if !f.New {
				subject += "\n(known)"
			}
			if f.Basis != "" {
				subject += "\nboth: " + f.Basis
			}
			a, b := f.Claims[0], f.Claims[1]
			if err := t.Append([]string{
				subject,
				string(f.Kind),
				a.Display + "\n" + b.Display,
				where(a) + "\n" + where(b),
				excerpt(a, quoteWidth) + "\n" + excerpt(b, quoteWidth),
			}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	_, err := fmt.Fprint(w, summaryLine(r)+"\n"+staleLines(r))
	return err
}

func summaryLine(r *Report) string {
	s := fmt.Sprintf("%s in %s, %s: %s",
		plural(r.Claims, "claim"), plural(r.Articles, "article"),
		plural(len(r.Findings), "contradiction"), plural(r.NewCount(), "new"))
	if r.Known > 0 {
		s += fmt.Sprintf(", %d held back by the baseline", r.Known)
	}
	if r.Stale > 0 {
		s += ", " + plural(r.Stale, "stale baseline entry")
	}
	if r.Suppressed > 0 {
		s += fmt.Sprintf(", %d suppressed", r.Suppressed)
	}
	return s + "."
}

// staleLines lists the stale baseline entries, for verbose output.
func staleLines(r *Report) string {
	if !r.Verbose || len(r.StaleList) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("Stale baseline entries (they match nothing now):\n")
	for _, s := range r.StaleList {
		b.WriteString("  " + s + "\n")
	}
	return b.String()
}

func plural(n int, word string) string {
	switch {
	case n == 1 || word == "new":
		return fmt.Sprintf("%d %s", n, word)
	case strings.HasSuffix(word, "entry"):
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// WriteClaimsTable writes one row per claim.
func WriteClaimsTable(w io.Writer, l *ClaimList) error {
	if l == nil {
		return errNil
	}
	if len(l.Claims) > 0 {
		t := newTable(w, []string{"Where", "Kind", "Subject", "Value", "Text", "Referent (? = unknown)"})
		for _, c := range l.Claims {
			if err := t.Append([]string{where(c), string(c.Kind), c.Label, c.Display, c.Text, claims.DescribeReferent(c.Referent())}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%s in %s.\n", plural(len(l.Claims), "claim"), plural(l.Articles, "article"))
	return err
}

func newTable(w io.Writer, header []string) *tablewriter.Table {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeader(header),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	)
	return t
}

func where(c claims.Claim) string {
	return fmt.Sprintf("%s:%d", filepath.ToSlash(c.Path), c.Line)
}

// excerpt returns the part of the claim's sentence around its mention, at most width runes.
func excerpt(c claims.Claim, width int) string {
	q := c.Quote
	if utf8.RuneCountInString(q) <= width {
		return q
	}
	i := strings.Index(q, c.Text)
	if i < 0 {
		return truncate(q, width)
	}
	runes := []rune(q)
	at := utf8.RuneCountInString(q[:i])
	n := utf8.RuneCountInString(c.Text)
	start := at - (width-n)/2
	if start < 0 {
		start = 0
	}
	end := start + width
	if end > len(runes) {
		end = len(runes)
		start = max(0, end-width)
	}
	s := string(runes[start:end])
	if start > 0 {
		s = "…" + string([]rune(s)[1:])
	}
	if end < len(runes) {
		r := []rune(s)
		s = string(r[:len(r)-1]) + "…"
	}
	return s
}

func truncate(s string, width int) string {
	r := []rune(s)
	if len(r) <= width {
		return s
	}
	return string(r[:width-1]) + "…"
}
