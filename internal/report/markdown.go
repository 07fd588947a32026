package report

import (
	"io"
	"strings"
)

// WriteMarkdown writes the report as GitHub-flavoured Markdown for pull-request comments and
// job summaries: a heading, the summary line, then a table with one row per finding (known
// ones marked), or "No contradictions." when there are none. Each row gives the draft-side
// claim first (see locate). Values and quotes are code spans,
// so that nothing in an article's text renders as markup, links or @-mentions.
func WriteMarkdown(w io.Writer, r *Report) error {
	if r == nil {
		return errNil
	}
	var b strings.Builder
	b.WriteString("## crosscheck\n\n")
	b.WriteString(escapeMarkdown(summaryLine(r)))
	b.WriteString("\n\n")
	if len(r.Findings) == 0 {
		b.WriteString("No contradictions.\n")
	} else {
		b.WriteString("| Subject | Kind | Values | Where | Quotes |\n| --- | --- | --- | --- | --- |\n")
		for _, f := range r.Findings {
			a, c := locate(f, r.Drafts)
			subject := escapeMarkdown(f.Subject)
			if !f.New {
				subject += " (known)"
			}
			if f.Basis != "" {
				subject += "<br>both: " + escapeMarkdown(f.Basis)
			}
			cells := []string{
				subject,
				escapeMarkdown(string(f.Kind)),
				codeSpan(a.Display) + "<br>" + codeSpan(c.Display),
				escapeMarkdown(where(a)) + "<br>" + escapeMarkdown(where(c)),
				codeSpan(excerpt(a, quoteWidth)) + "<br>" + codeSpan(excerpt(c, quoteWidth)),
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
	}
	if r.Verbose && len(r.StaleList) > 0 {
		b.WriteString("\nStale baseline entries:\n\n")
		for _, s := range r.StaleList {
			b.WriteString("- " + escapeMarkdown(s) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownEscaper backslash-escapes the characters that start inline markup or HTML, or end a
// table cell; line breaks become spaces, since a table row is one line.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`, "&", `\&`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// codeSpan returns s as a Markdown code span that is safe inside a table cell. The fence is
// one backtick longer than any run of backticks in s, padded with a space where s would
// otherwise touch it or lose an edge space. A pipe is escaped: tables split cells before code
// spans are read, and take "\|" as a pipe within the cell wherever it stands.
func codeSpan(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	if s == "" {
		return ""
	}
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	pad := ""
	if s[0] == '`' || s[len(s)-1] == '`' ||
		s[0] == ' ' && s[len(s)-1] == ' ' && strings.Trim(s, " ") != "" {
		pad = " "
	}
	return fence + pad + strings.ReplaceAll(s, "|", `\|`) + pad + fence
}
