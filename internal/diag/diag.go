// Package diag is the error every input problem is reported with: a file, a line when the
// problem is in its text, and a message, printed "path:line: message".
package diag

import (
	"errors"
	"fmt"
	"io/fs"
)

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

// FromOS turns an operating-system error about path into an *Error whose message is the
// system's reason without the path, which the Error already carries: "a.md: permission
// denied", not "a.md: open a.md: permission denied".
func FromOS(path string, err error) *Error {
	if errors.Is(err, fs.ErrNotExist) {
		return &Error{Path: path, Msg: "no such file or directory"}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: path, Msg: err.Error()}
}
