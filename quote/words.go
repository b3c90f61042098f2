package quote

// Word classes used by the attribution patterns: closed classes of English
// (determiners, pronouns, auxiliaries, conjunctions) and a few open lists
// (weekdays, months, media nouns, platforms). Keys are lower case.

import "github.com/whosaid/whosaid/internal/norm"

type wordFlag uint32

const (
	fDet        wordFlag = 1 << iota // the, a, its, …: starts a noun phrase
	fPron                            // he, she, they: a subject pronoun
	fBoundary                        // ends a subject noun phrase walking back
	fAux                             // has, would, also: may stand between subject and cue
	fConnector                       // of, de, bin: inside a capitalised name
	fWeekday                         // monday …
	fMonth                           // january …
	fTimeWord                        // yesterday, today, tonight, earlier
	fTimeRel                         // last, this, next, earlier (before week, month, a weekday)
	fPeriod                          // week, month, year, morning, night
	fMediumNoun                      // interview, statement, post: "in an interview"
	fPlatform                        // x, twitter, telegram: "on X"
	fAudience                        // reporters, journalists: "told reporters"
	fAbbrev                          // mr, dr, sen: a title abbreviation before a name
	fLeadConj                        // but, and, so: dropped from the start of content
	fPrep                            // in, on, at, to, for, with, about: a phrase after a cue that is not content
	fObjPron                         // him, her, them: object of "told"
	fOrgHead                         // bank, ministry, secretary: a name word that "of" continues ("Bank of England")
	fFinite                          // had, was, would: a finite auxiliary or copula

	// Narrower classes read by single patterns.
	fModal        // will, would, may: no post-posed report follows one ("…, the club would appeal")
	fQuantSubj    // many, both, five: a determiner that may stand alone as a subject ("Many said")
	fSubordinator // although, if, unless: opens a clause that may start a content
	fAdverbial    // after, because, which: the reporter's adverbial or relative clause
	fComment      // claim, view, allegation: "…, a claim that …" is the reporter's comment
	fInfinitive   // wants, plans, ready: takes "to" and an infinitive ("wants to “end the war”")
	fResponse     // refused, declined, gave: the speaker's next act after "but"
	fChangeUnit   // points, cents, percent: the unit of a price change ("added 3 points")
	fCloseTo      // close, aide, adviser: before "to", heads the speaker ("an aide to X said")
	fApprox       // about, over, nearly: may qualify a number opening a subject ("about 40 ships")
	fPerceive     // heard, filmed, quoted: a passive participle before a gerund cue ("was heard saying")
	fWords        // speech, line, message: a noun of someone's words ("Her speech ended with a line:")

	// wordClasses are the closed classes above fModal; a word with none of
	// them is an open-class word.
	wordClasses = fModal - 1
)

var wordFlags = map[string]wordFlag{}

func addWords(f wordFlag, words ...string) {
	for _, w := range words {
		wordFlags[w] |= f
	}
}

func init() {
	addWords(fDet, "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these",
		"those", "some", "many", "several", "other", "another", "each", "every", "no", "any", "both", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
	addWords(fPron, "he", "she", "they", "it", "we", "i", "you", "who")
	addWords(fBoundary, "that", "which", "what", "whom", "whose", "when", "while", "after", "before", "because",
		"as", "but", "if", "though", "although", "where", "since", "so", "than", "then", "until", "unless",
		"whether", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
		"can", "could", "may", "might", "shall", "should", "must", "do", "does", "did", "not", "in", "on",
		"at", "with", "for", "from", "by", "during", "to", "into", "about", "over", "under", "against",
		"without", "between", "among", "through", "via", "per", "also", "however", "meanwhile", "yet", "or", "there")
	addWords(fAux, "has", "have", "had", "also", "repeatedly", "previously", "already", "later", "once",
		"again", "then", "recently", "further", "would", "will", "may", "might", "could", "can", "did",
		"does", "do", "just", "only", "still", "earlier", "originally", "initially", "subsequently",
		"separately", "similarly", "long", "often", "has", "reportedly", "even", "first", "last", "ever", "now", "always")
	addWords(fConnector, "of", "de", "del", "da", "di", "bin", "al", "van", "von", "der", "den", "la", "le", "du", "dos", "y", "ibn", "and", "for")
	addWords(fWeekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	addWords(fMonth, "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
		"sep", "sept", "oct", "nov", "dec")
	addWords(fTimeWord, "yesterday", "today", "tonight", "earlier", "later", "recently", "previously", "afterwards", "afterward")
	addWords(fTimeRel, "last", "this", "next", "earlier", "later")
	addWords(fPeriod, "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend")
	addWords(fMediumNoun, "interview", "statement", "post", "posts", "speech", "letter", "briefing", "address",
		"message", "video", "op-ed", "article", "column", "tweet", "memo", "filing", "report", "email",
		"podcast", "broadcast", "comment", "conference", "appearance", "testimony", "hearing", "blog", "comments",
		"remarks", "summit", "rally", "call", "readout", "announcement", "note", "documentary", "programme", "program", "show",
		"journal", "newspaper", "magazine", "response", "release", "notice", "submission", "bulletin", "communique",
		"communiqué", "affidavit", "ruling", "judgment", "judgement", "lawsuit", "complaint", "petition", "documents",
		"newsletter", "editorial", "essay", "memoir", "presentation", "sermon", "livestream", "webinar", "evidence",
		"submissions")
	addWords(fPlatform, "x", "twitter", "facebook", "telegram", "instagram", "tiktok", "linkedin", "threads",
		"bluesky", "youtube", "truth", "weibo", "social", "television", "radio", "tv")
	addWords(fAudience, "reporters", "journalists", "lawmakers", "supporters", "parliament", "congress",
		"senators", "students", "investors", "analysts", "viewers", "listeners", "delegates", "members", "colleagues", "researchers", "mps", "fans", "staff", "voters", "workers", "officials", "judges", "jurors", "parents", "residents",
		"clients", "customers", "shareholders", "employees", "followers", "readers", "subscribers", "donors", "constituents")
	addWords(fAbbrev, "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
		"prof", "st", "jr", "sr", "rev", "hon", "pres", "sec", "adm", "maj", "cmdr", "insp", "det", "no",
		"vs", "etc", "inc", "corp", "ltd", "co", "mt", "ft", "messrs", "mme", "mlle", "supt", "gens",
		"cpl", "pvt", "brig", "cdr", "atty", "amb", "fr", "msgr", "mx", "drs", "profs", "sens", "reps", "govs",
		"smt", "shri", "sri", "cllr")
	addWords(fLeadConj, "but", "and", "so", "yet", "still", "however", "meanwhile", "now", "or", "instead")
	addWords(fPrep, "in", "on", "at", "to", "for", "with", "about", "of", "by", "from", "during", "after", "before", "via", "through", "into", "over")
	addWords(fObjPron, "him", "her", "them", "us", "me", "you", "it")
	addWords(fFinite, "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might",
		"should", "must", "did", "does", "cannot")
	addWords(fModal, "will", "would", "could", "can", "may", "might", "should", "must")
	addWords(fQuantSubj, "some", "many", "several", "both", "each", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "those", "these", "others")
	addWords(fSubordinator, "although", "though", "while", "if", "unless", "because", "once", "whereas", "whilst", "even")
	addWords(fAdverbial, "after", "because", "when", "while", "before", "since", "until", "despite", "following",
		"amid", "whilst", "that", "which", "who")
	addWords(fComment, "claim", "charge", "allegation", "assertion", "accusation", "view", "position", "stance", "assessment")
	addWords(fInfinitive, "want", "wants", "wanted", "need", "needs", "needed", "plan", "plans", "planned", "intend",
		"intends", "intended", "hope", "hopes", "hoped", "try", "tries", "tried", "seek", "seeks", "sought", "aim",
		"aims", "aimed", "going", "vowed", "pledged", "promised", "agreed", "decided", "refused", "continue",
		"continues", "continued", "like", "prefer", "has", "have", "had", "able", "ready", "willing", "determined",
		"wish", "wishes", "wished", "expect", "expects", "expected", "would", "is", "are", "was", "were")
	addWords(fResponse, "refused", "declined", "gave", "defended", "accepted", "stopped", "offered", "avoided", "failed")
	addWords(fCloseTo, "close", "near", "loyal", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
		"spokesperson", "secretary", "assistant", "successor", "heir")
	addWords(fPerceive, "heard", "overheard", "seen", "filmed", "recorded", "caught", "quoted", "videoed", "spotted")
	addWords(fWords, "speech", "line", "lines", "words", "statement", "message", "letter", "post", "remarks",
		"comments", "tweet", "address", "note", "reply", "answer", "response", "plea", "appeal", "sign-off", "farewell")
	addWords(fApprox, "about", "around", "over", "under", "nearly", "almost", "roughly")
	addWords(fChangeUnit, "points", "point", "cents", "cent", "pence", "p", "per", "percent")
	addWords(fOrgHead, "bank", "university", "ministry", "department", "society", "institute", "council", "board",
		"office", "association", "federation", "union", "secretary", "minister", "court", "college", "school",
		"museum", "church", "house", "chamber", "league", "party", "commission", "committee", "agency",
		"authority", "service", "centre", "center", "foundation", "fund", "academy", "republic", "kingdom",
		"bureau", "organisation", "organization", "corporation", "company", "group", "club", "trust", "chancellor",
		"president", "governor", "mayor", "director", "head", "chief", "duke", "duchess", "earl", "prince",
		"princess", "king", "queen", "lord", "lady", "state", "states", "city", "port", "isle", "friends",
		"sisters", "brothers", "daughters", "sons", "people", "army", "navy", "guild", "order", "bishop",
		"archbishop", "dean", "provost", "master", "chair", "chairman", "chairwoman", "speaker", "leader",
		"commissioner", "general", "attorney", "inspector", "secretariat", "parliament", "assembly", "senate",
		"congress", "province", "county", "district", "region", "government", "embassy", "hospital",
		"network", "alliance", "coalition", "confederation", "institution", "laboratory", "observatory",
		"library", "gallery", "festival", "cathedral", "temple", "station", "airport", "port", "times", "news")
}

// lookupFlags returns the flags of word compared in ASCII lower case,
// without allocating.
func lookupFlags(word string) wordFlag {
	if len(word) == 0 || len(word) > 16 {
		return 0
	}
	var buf [16]byte
	return wordFlags[string(norm.AppendASCII(buf[:0], word, norm.Lower))]
}
