package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
)

// encodeStreamed writes the struct v to w as a json.Encoder without HTML
// escaping would, the same bytes, but encodes the elements of its slice
// fields one at a time, so that the encoding of a large article's Record
// (90 MB for a 50 MB article) is never held whole. Everything else, field
// names, omitempty and the encoding of each value, is left to
// encoding/json: each field is encoded as a one-field struct.
func encodeStreamed(w io.Writer, v any) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	encode := func(x any) ([]byte, error) {
		buf.Reset()
		if err := enc.Encode(x); err != nil {
			return nil, err
		}
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct {
		return errors.New("encodeStreamed: not a struct")
	}
	for i := range rv.NumField() {
		if rv.Type().Field(i).Anonymous { // promoted fields: encode v whole
			b, err := encode(v)
			if err == nil {
				_, err = w.Write(append(b, '\n'))
			}
			return err
		}
	}
	sep := byte('{')
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		stream := fv.Kind() == reflect.Slice && fv.Len() > 0 && fv.Type().Elem().Kind() != reflect.Uint8
		one := reflect.New(reflect.StructOf([]reflect.StructField{{Name: f.Name, Type: f.Type, Tag: f.Tag}})).Elem()
		if stream {
			one.Field(0).Set(reflect.MakeSlice(f.Type, 0, 0)) // encodes as {"key":[]}
		} else {
			one.Field(0).Set(fv)
		}
		b, err := encode(one.Interface())
		if err != nil {
			return err
		}
		b = b[1 : len(b)-1] // without the braces; empty when omitted
		if len(b) == 0 {
			continue
		}
		bw.WriteByte(sep)
		sep = ','
		if !stream {
			bw.Write(b)
			continue
		}
		bw.Write(b[:len(b)-1]) // "key":[
		for k := range fv.Len() {
			if k > 0 {
				bw.WriteByte(',')
			}
			e, err := encode(fv.Index(k).Interface())
			if err != nil {
				return err
			}
			bw.Write(e)
		}
		bw.WriteByte(']')
	}
	if sep == '{' {
		bw.WriteByte('{')
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
