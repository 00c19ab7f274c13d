//! The query part of a fragment link ("a=1&b=2"), read and written without
//! a URL library: keys and values are percent-encoded UTF-8.

/// Split "a=1&b=x%20y" into decoded pairs, in order. A key without "="
/// has an empty value.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(pair), String::new()),
        })
        .collect()
}

/// The decoded value of `key` in a query, if present.
pub fn get(query: &str, key: &str) -> Option<String> {
    parse(query)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// Whether `key` is given more than once (a link edited by hand, or two
/// pasted together): every link refuses it rather than guess which is
/// meant (issue 23).
pub fn repeats(pairs: &[(String, String)], key: &str) -> bool {
    pairs.iter().filter(|(k, _)| k == key).count() > 1
}

/// Join pairs into a query, encoding what needs it.
pub fn build<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encode everything but unreserved characters (RFC 3986).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decode %XX and "+"; malformed escapes are kept as typed.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_awkward_text() {
        for text in ["plain", "a b&c=d", "Zoë's home", "100%", "%zz", "50%2"] {
            let q = build([("k", text.to_string())]);
            assert_eq!(
                parse(&q),
                vec![("k".to_string(), text.to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn reads_links_as_typed() {
        assert_eq!(
            parse("scheme=lsc-2026&temporary=1&flag&x=a+b"),
            vec![
                ("scheme".into(), "lsc-2026".into()),
                ("temporary".into(), "1".into()),
                ("flag".into(), String::new()),
                ("x".into(), "a b".into()),
            ]
        );
        assert_eq!(get("a=1&id=x%20y", "id").as_deref(), Some("x y"));
        assert_eq!(get("a=1", "id"), None);
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
    }
}
