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
// particular order: the quotes command's JSON form of a document
// ([extract.Record]: "id", "sentences", "entities", "claims"). Offsets are
// half-open UTF-8 byte offsets into the article text. Runner flags
// (--runner, --project, --region, --temp_location, --endpoint, ...) are
// Beam's; see README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
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
	start := time.Now()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	if res != nil {
		printCounters(os.Stderr, res.Metrics(), time.Since(start))
	}
}

// printCounters prints the whosaid counters that the runner reported, if
// any, and the throughput over the wall time d.
func printCounters(w io.Writer, m metrics.Results, d time.Duration) {
	counters := make(map[string]int64)
	for _, c := range m.AllMetrics().Counters() {
		if c.Namespace() == "whosaid" {
			counters[c.Name()] += c.Result()
		}
	}
	if len(counters) == 0 {
		return
	}
	mb := float64(counters["article_bytes"]) / 1e6
	fmt.Fprintf(w, "beam: %d articles, %.1f MB, %d claims, %d bad lines, %d failures in %.2fs (%.2f MB/s)\n",
		counters["articles"], mb, counters["claims"], counters["bad_lines"], counters["failures"],
		d.Seconds(), mb/d.Seconds())
}
