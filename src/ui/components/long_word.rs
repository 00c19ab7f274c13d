//! Names in tables (issue 23): a table is as wide as its longest word, so a
//! name with a word longer than any real name has (a 10,000-character
//! paste) is marked to break anywhere; every other name keeps its words
//! whole.

/// Longer than any word of a real name ("Featherstonehaugh" is 17).
const LONGEST_REAL_WORD: usize = 24;

/// `"app-long-word"` for a name with a word past any real name's length.
pub fn long_word_class(name: &str) -> Option<&'static str> {
    name.split_whitespace()
        .any(|w| w.chars().count() > LONGEST_REAL_WORD)
        .then_some("app-long-word")
}
