package cache

import (
	"crypto/sha256"
	"encoding"
	"encoding/gob"
	"encoding/hex"
	"reflect"
	"strings"
)

// schema fingerprints the layout of the stored types. gob fills a field the payload lacks with
// its zero value, so an entry written before a field was added to a claim would come back with
// that field silently zero; keying entries by the layout makes it a miss instead.
var schema = schemaOf(reflect.TypeFor[entryRecord](), reflect.TypeFor[statRecord]())

func schemaOf(types ...reflect.Type) string {
	var b strings.Builder
	seen := map[reflect.Type]bool{}
	for _, t := range types {
		describe(&b, t, seen)
		b.WriteByte('\n')
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}

var (
	gobEncoder      = reflect.TypeFor[gob.GobEncoder]()
	binaryMarshaler = reflect.TypeFor[encoding.BinaryMarshaler]()
)

// describe writes what gob stores of t: the exported fields of structs, recursively, and the
// name and kind of everything else. Types that encode themselves are described by name alone.
func describe(b *strings.Builder, t reflect.Type, seen map[reflect.Type]bool) {
	b.WriteString(t.PkgPath())
	b.WriteByte('.')
	b.WriteString(t.String())
	b.WriteByte('/')
	b.WriteString(t.Kind().String())
	if t.Implements(gobEncoder) || t.Implements(binaryMarshaler) ||
		reflect.PointerTo(t).Implements(gobEncoder) || reflect.PointerTo(t).Implements(binaryMarshaler) {
		return
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		b.WriteByte('(')
		describe(b, t.Elem(), seen)
		b.WriteByte(')')
	case reflect.Map:
		b.WriteByte('(')
		describe(b, t.Key(), seen)
		b.WriteByte(':')
		describe(b, t.Elem(), seen)
		b.WriteByte(')')
	case reflect.Struct:
		if seen[t] {
			return
		}
		seen[t] = true
		b.WriteByte('{')
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			b.WriteString(f.Name)
			b.WriteByte(' ')
			describe(b, f.Type, seen)
			b.WriteByte(';')
		}
		b.WriteByte('}')
	}
}
