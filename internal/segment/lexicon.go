package segment

// This file holds the English word lists the tokenizer and the sentence
// splitter consult. They describe the language, not any article.

// abbrClass says how a known abbreviation followed by a period behaves.
type abbrClass uint8

const (
	abbrNone abbrClass = iota
	// abbrTitle precedes a name or a number and never ends a sentence in
	// the middle of a paragraph: "Mr. Putin", "Mt. Fuji", "vs. Smith".
	abbrTitle
	// abbrNumeric is an abbreviation only before a number: "No. 5",
	// "Jan. 23", "p. 55". Before anything else it is an ordinary word.
	abbrNumeric
	// abbrGeneral may end a sentence: "Pitt, Briggs & Co. It closed." but
	// "Co. at noon".
	abbrGeneral
)

// abbreviations maps the letters before the period, as written, to their
// class. Single letters (initials) and dotted acronyms ("U.S.", "p.m.") are
// recognised by shape, not listed.
var abbreviations = func() map[string]abbrClass {
	m := make(map[string]abbrClass, 256)
	add := func(c abbrClass, words ...string) {
		for _, w := range words {
			m[w] = c
		}
	}
	// Titles and other prepositive abbreviations.
	add(abbrTitle,
		"Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Gens", "Lt", "Col", "Maj", "Capt",
		"Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Fr", "Msgr", "Hon",
		"Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec", "Mt", "Ft", "St", "Ste", "Smt", "Shri", "Sri",
		"vs", "Vs", "viz", "cf", "Cf", "e.g", "i.e", "E.g", "I.e")
	// Abbreviations that need a number after them.
	add(abbrNumeric,
		"No", "no", "Nos", "nos", "Nr", "nr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
		"Sep", "Sept", "Oct", "Nov", "Dec", "pp", "vol", "Vol", "vols", "fig", "Fig", "figs",
		"art", "Art", "ch", "Ch", "sec", "para", "op", "pg", "ca", "c", "approx")
	// Abbreviations that may end a sentence.
	add(abbrGeneral,
		"Co", "co", "Cos", "Corp", "corp", "Inc", "inc", "Ltd", "ltd", "Plc", "plc", "Bros",
		"Jr", "Sr", "jr", "sr", "etc", "al", "Ave", "ave", "Blvd", "Rd", "rd", "Dept", "dept",
		"Univ", "Assn", "Est", "est", "Govt", "govt", "Ala", "Ariz", "Ark", "Calif", "Colo",
		"Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "Md", "Mass", "Mich", "Minn", "Mont", "Neb",
		"Nev", "Okla", "Pa", "Tenn", "Vt", "Va", "Wis", "Wyo", "Ont", "Que")
	return m
}()

// starters are capitalised words that commonly begin an English sentence
// and rarely continue a name. After a dotted acronym ("the U.S. It was") or
// an initial, one of them marks a sentence boundary (the Pragmatic
// Segmenter's rule).
var starters = func() map[string]bool {
	m := make(map[string]bool, 96)
	for _, w := range []string{
		"A", "After", "Also", "Although", "An", "And", "Are", "As", "At", "Because", "Before",
		"Both", "But", "Can", "Did", "Do", "Does", "During", "Each", "Even", "For", "From", "He",
		"Her", "Here", "His", "How", "However", "I", "If", "In", "Is", "It", "Its", "Many",
		"Meanwhile", "More", "Most", "My", "No", "Now", "Of", "On", "Once", "One", "Our", "She",
		"Since", "So", "Some", "Still", "That", "The", "Their", "Then", "There", "These", "They",
		"This", "Those", "Though", "Thus", "To", "Today", "Under", "We", "Were", "Was", "What",
		"When", "Where", "Which", "While", "Who", "Why", "Will", "With", "Yet", "You", "Your",
	} {
		m[w] = true
	}
	return m
}()
