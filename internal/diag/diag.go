// Package diag is the error every input problem is reported with: a file, a line when the
// problem is in its text, and a message, printed "path:line: message".
package diag

import "fmt"

// Error is an input problem located in a file. Line is 1-based; 0 when the problem concerns the
// whole file (it cannot be read, it is binary).
type Error struct {
	Path string
	Line int
	Msg  string
}

// Error returns "path:line: message", or "path: message" when Line is 0.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}
