//! QR codes for links, drawn as SVG, made on the device (the `qrcode`
//! crate: a well-kept pure-Rust encoder, so no request leaves the page and
//! no image library is needed).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The link as a QR code in SVG, dark on light, with a quiet zone; medium
/// error correction, so a printed poster still scans when a little worn.
/// `None` when the text is too long for any QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(240, 240)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

/// How many modules a side the code for `text` has (21 for version 1, 4
/// more each version), for tests and sizing.
pub fn qr_width(text: &str) -> Option<usize> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .ok()
        .map(|c| c.width())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scheme_link_makes_a_small_svg_code() {
        let link = "http://127.0.0.1:8080/tools/carehome/#/?scheme=lsc-2026";
        let svg = qr_svg(link).unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        assert!(svg.contains("#000000"));
        // 55 bytes at level M fit version 4: 33 modules a side.
        assert_eq!(qr_width(link), Some(33));
        // The same link always gives the same picture.
        assert_eq!(qr_svg(link), Some(svg));
    }

    #[test]
    fn text_too_long_for_a_qr_code_is_refused() {
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }
}
