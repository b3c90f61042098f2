// Command beam runs whosaid's extraction as an Apache Beam pipeline, so that
// a corpus too large for one machine can be processed on Dataflow, Flink or
// Spark.
//
//	go run . --input=corpus.jsonl --output=/tmp/out/claims --runner=direct
//	go run . --input='articles/*.txt' --format=text --output=/tmp/out/claims
//
// The input is JSON Lines of {"id", "text"} objects (--format=jsonl, the
// default) or plain-text files holding one article each (--format=text, the
// id is the file's base name). The output is --shards files named
// PREFIX-00000-of-0000N.jsonl holding one JSON object per article, in no
// particular order: "id", then "sentences", "entities" and "claims" in the
// shape of the quotes command's output. Offsets are half-open UTF-8 byte
// offsets into the article text. Runner flags (--runner, --project,
// --region, --temp_location, --endpoint, ...) are Beam's; see README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// File systems for --input and --output: local paths, gs:// and
	// memfs:// (tests). Add .../io/filesystem/s3 for s3://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
)

var (
	input  = flag.String("input", "", "input file or glob (required)")
	format = flag.String("format", formatJSONL, `input format: "jsonl" ({"id","text"} per line) or "text" (one article per file)`)
	output = flag.String("output", "", "output prefix (required): writes PREFIX-SSSSS-of-NNNNN.jsonl")
	shards = flag.Int("shards", 1, "number of output files")
)

func main() {
	flag.Parse()
	// On a worker, Init runs the worker harness and does not return.
	beam.Init()

	c := config{Input: *input, Format: *format, Output: *output, Shards: *shards}
	p, s := beam.NewPipelineWithRoot()
	if err := buildPipeline(s, c); err != nil {
		fmt.Fprintf(os.Stderr, "%v\nusage: beam --input=GLOB --output=PREFIX [--format=jsonl|text] [--shards=N] [beam flags]\n", err)
		os.Exit(2)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
}
