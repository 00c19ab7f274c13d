//! Markup written as text, for the parts of a page that never change once
//! drawn (a deadline's rule, source and working): the browser parses it
//! from one string set as the element's `innerHTML`. Each element Leptos
//! draws costs the app code of its own, and the deadline table drew about
//! a hundred for every result, most of them never updated (issue 11's
//! first-load budget).
//!
//! Only fixed markup (`&'static str`, written in this code) goes in as it
//! is; every text and attribute value from data goes through `text`, which
//! escapes it, so a name typed by a user can never become markup.

pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Markup(String::with_capacity(512))
    }

    /// Fixed markup, written in the code: tags, attribute names, words.
    pub fn tag(&mut self, fixed: &'static str) -> &mut Self {
        self.0.push_str(fixed);
        self
    }

    /// A text or an attribute value (inside double quotes), escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        let mut rest = text;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            self.0.push_str(&rest[..at]);
            self.0.push_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            });
            rest = &rest[at + 1..];
        }
        self.0.push_str(rest);
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

impl Default for Markup {
    fn default() -> Self {
        Markup::new()
    }
}
