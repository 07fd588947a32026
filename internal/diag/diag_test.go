package diag

import "testing"

func TestError(t *testing.T) {
	cases := []struct {
		err  Error
		want string
	}{
		{Error{"a.md", 3, "invalid UTF-8"}, "a.md:3: invalid UTF-8"},
		{Error{"a.md", 0, "binary file"}, "a.md: binary file"},
	}
	for _, tc := range cases {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.err, got, tc.want)
		}
	}
}
