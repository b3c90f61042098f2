package extract_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/extract"
)

// TestEncodeRecord checks that EncodeRecord writes the bytes a json.Encoder
// without HTML escaping writes for the Record, with and without id and file
// name, for every offset unit.
func TestEncodeRecord(t *testing.T) {
	x := extract.New()
	docs := []*extract.Document{x.Extract(""), x.Extract("<b>“Tom & Jerry,” he said.</b> Nothing else.")}
	for _, f := range seedArticles(t) {
		docs = append(docs, x.Extract(f.text))
	}
	heads := []struct {
		id   json.RawMessage
		file string
	}{{nil, ""}, {json.RawMessage(`"a<b>&c"`), ""}, {nil, "x <y> & z.txt"}, {json.RawMessage(`17`), "ignored.txt"}}
	for _, unit := range []extract.Unit{extract.Bytes, extract.Runes, extract.UTF16} {
		for di, d := range docs {
			for _, h := range heads {
				r := d.Record(unit)
				r.ID, r.File = h.id, h.file
				var want, got bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				if err := enc.Encode(r); err != nil {
					t.Fatal(err)
				}
				if err := d.EncodeRecord(&got, unit, h.id, h.file); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want.String(), got.String()); diff != "" {
					t.Errorf("doc %d, unit %d, id %s, file %q: EncodeRecord differs from json.Encoder (-want +got):\n%s", di, unit, h.id, h.file, diff)
				}
			}
		}
	}
}
