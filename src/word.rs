//! Values that print as one word (`lead`, `at_least`, `副市长`) parse back
//! from it: the `FromStr` beside each such `Display`.

use std::fmt;

/// The error returned when a word names no value of the type it is parsed
/// as (`"leader".parse::<Role>()`).
///
/// # Example
///
/// ```
/// use yiwu_duties::Role;
/// let err = "leader".parse::<Role>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown role \"leader\"; expected one of lead, sole, joint, unmarked");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {word:?}; expected one of {expected}")]
pub struct ParseWordError {
    word: String,
    what: &'static str,
    expected: String,
}

impl ParseWordError {
    /// The word that was given.
    ///
    /// # Example
    ///
    /// ```
    /// let err = "leader".parse::<yiwu_duties::Role>().unwrap_err();
    /// assert_eq!(err.word(), "leader");
    /// ```
    pub fn word(&self) -> &str {
        &self.word
    }
}

/// The value among `all` whose `Display` is `word` (white space around it
/// ignored).
pub(crate) fn parse<T: Copy + fmt::Display>(
    word: &str,
    all: &[T],
    what: &'static str,
) -> Result<T, ParseWordError> {
    let word = word.trim();
    all.iter()
        .copied()
        .find(|value| value.to_string() == word)
        .ok_or_else(|| ParseWordError {
            word: word.to_owned(),
            what,
            expected: all
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        })
}
