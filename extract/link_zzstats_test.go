package extract

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/whosaid/whosaid/internal/match"
	"github.com/whosaid/whosaid/textpos"
)

func TestLinkStats(t *testing.T) {
	b, err := os.ReadFile("/tmp/lp/docs.json")
	if err != nil {
		t.Skip()
	}
	var docs []*Document
	json.Unmarshal(b, &docs)
	if os.Getenv("N") == "2000" {
		docs = docs[:2000]
	} else {
		docs = docs[:1000]
	}
	l := &Links{Docs: docs}
	a := l.linkEntities()
	l.speakerOf = make([][]int, len(l.Docs))
	size := 0
	nq, nc := 0, 0
	for _, doc := range l.Docs {
		for c := range doc.Claims {
			if isQuoteKind(doc.Claims[c].Kind) {
				nc++
				size += doc.Claims[c].Content.Clamp(len(doc.Src)).Len()
			}
		}
		nq += len(doc.Quotations)
		for q := range doc.Quotations {
			size += doc.Quotations[q].Content.Clamp(len(doc.Src)).Len()
		}
	}
	qs := newQuoteSet(size)
	for d, doc := range l.Docs {
		l.speakerOf[d] = claimSpeakers(a, d, doc)
		qs.units = qs.docUnits(qs.units, doc, d, l.speakerOf[d])
	}
	ix := newQuoteIndex(qs.units, int(qs.table.n), func(u *unit) bool {
		return u.evidence && u.speaker >= 0 && len(u.keys) >= minCoverWords
	})
	ix.addBloom(&qs.table)
	paras, probed, block, cand := 0, 0, 0, 0
	var cands, psids []int32
	var pkeys []uint64
	for _, doc := range l.Docs {
		ps := paragraphsOf(nil, doc)
		st := blockCandidates(nil, doc, ps)
		for pi, para := range ps {
			paras++
			if st[pi] < -1 {
				continue
			}
			block++
			if !ix.probe(&qs.table, doc.Src, para) {
				continue
			}
			probed++
			qs.ws = matchFirst(qs.ws[:0], doc.Src, para)
			pkeys = keysOfWords(pkeys[:0], qs.ws)
			psids = psids[:0]
			for _, h := range shingles(pkeys) {
				psids = append(psids, qs.table.find(h))
			}
			if len(ix.candidates(cands[:0], psids)) > 0 {
				cand++
			}
		}
	}
	nk := 0
	for _, u := range qs.units {
		nk += len(u.keys)
	}
	t.Logf("claims %d quotations %d size %d units %d keys %d sids %d indexsize %d paras %d probed %d block %d cand %d", nc, nq, size, len(qs.units), nk, qs.table.n, ix.size, paras, probed, block, cand)
}

func matchFirst(ws []match.Word, src string, s textpos.Span) []match.Word {
	return match.FirstWords(ws, src, s, maxQuoteWordsDP)
}
func keysOfWords(k []uint64, ws []match.Word) []uint64 { return match.Keys(k, ws) }
func shingles(k []uint64) []uint64                     { return match.Shingles(nil, k) }

func TestLinkEntStats(t *testing.T) {
	b, err := os.ReadFile("/tmp/lp/docs.json")
	if err != nil {
		t.Skip()
	}
	var docs []*Document
	json.Unmarshal(b, &docs)
	if os.Getenv("N") == "2000" {
		docs = docs[:2000]
	} else {
		docs = docs[:1000]
	}
	l := &Links{Docs: docs}
	a := l.linkEntities()
	kinds := map[string]int{}
	ments, roles, multi := 0, 0, 0
	for _, ac := range a.list {
		kinds[ac.kind.String()]++
		ments += len(ac.mentions)
		roles += len(ac.roles)
	}
	for _, e := range l.Entities {
		if len(e.Members) > 1 {
			multi++
		}
	}
	t.Logf("actors %d kinds %v mentions %d roles %d linked %d multi %d", len(a.list), kinds, ments, roles, len(l.Entities), multi)
}
