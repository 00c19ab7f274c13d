//! Conventions a newcomer relies on, checked so they hold (issue 25).

/// Every `.rs` file below `dir`, with its path from the crate's root.
fn rust_files(dir: &str) -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut todo = vec![root.join(dir)];
    let mut out = Vec::new();
    while let Some(path) = todo.pop() {
        if path.is_dir() {
            todo.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    out
}

/// A page is made of parts named after what the user sees: no file of
/// `src/ui/pages/` is over 300 lines, so each can be read at once.
#[test]
fn no_page_file_is_over_300_lines() {
    let pages = rust_files("src/ui/pages");
    assert!(pages.len() > 20, "the pages were not found");
    let long: Vec<String> = pages
        .iter()
        .filter(|(_, text)| text.lines().count() > 300)
        .map(|(name, text)| format!("{name}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split into parts: {long:?}");
}

/// Code cites the rules it encodes in `docs/rules.md`, which a clone has,
/// and every section it cites is there.
#[test]
fn every_rule_cited_in_the_code_is_in_docs_rules() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = std::fs::read_to_string(root.join("docs/rules.md")).unwrap();
    let mut cited = 0;
    for (name, text) in rust_files("src") {
        assert!(
            !text.contains("shared/domain-rules"),
            "{name} cites a file outside the repository"
        );
        for (i, _) in text.match_indices("docs/rules.md §") {
            let section: String = text[i + "docs/rules.md §".len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let section = section.trim_end_matches('.');
            assert!(
                rules.contains(&format!("## §{section} ")),
                "{name} cites docs/rules.md §{section}, which has no such section"
            );
            cited += 1;
        }
    }
    assert!(cited > 10, "only {cited} citations found");
}

/// The domain's folders are layers (issue 25: `records` and `merge` used
/// each other): each uses only those before it, so there is no import
/// cycle and each can be read knowing only what comes before.
#[test]
fn each_domain_folder_uses_only_the_folders_before_it() {
    const LAYERS: [&str; 6] = ["helpers", "rules", "formats", "stamps", "records", "merge"];
    let mut checked = 0;
    for (at, layer) in LAYERS.iter().enumerate() {
        for (name, text) in rust_files(&format!("src/domain/{layer}")) {
            checked += 1;
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for (i, _) in line.match_indices("crate::domain::") {
                    let used = line[i + "crate::domain::".len()..]
                        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                        .next()
                        .unwrap_or_default();
                    if let Some(other) = LAYERS.iter().position(|l| *l == used) {
                        assert!(
                            other <= at,
                            "{name} ({layer}) uses {used}, a later layer:\n{line}"
                        );
                    }
                }
                // A path climbing out of its folder names the domain.
                assert!(
                    !line.contains("super::super::super"),
                    "{name}: name the folder with crate::domain:: instead\n{line}"
                );
            }
        }
    }
    assert!(checked > 60, "only {checked} files read");
}
