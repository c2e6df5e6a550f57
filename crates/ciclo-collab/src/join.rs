//! The join address a host shows: the participant page's `http://` URL, the QR code that
//! carries it to a phone, and the `ws://` address a program connects to.

/// The address participants open: `http://HOST:PORT/ROOM?token=T`. A phone's browser
/// shows the participant page there; `ciclo join` and the window accept it too.
pub fn page_url(host: std::net::IpAddr, port: u16, room: &str, token: &str) -> String {
    let host = match host {
        std::net::IpAddr::V6(v6) => format!("[{v6}]"),
        std::net::IpAddr::V4(v4) => v4.to_string(),
    };
    format!(
        "http://{host}:{port}/{}?token={}",
        super::wire::encode_room(room),
        super::wire::query_escape(token)
    )
}

/// The WebSocket address of a join URL: `http://` becomes `ws://` and `https://` becomes
/// `wss://`; a `ws://` or `wss://` URL stays as it is. `None` for any other scheme.
pub fn socket_url(url: &str) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    let scheme = match scheme.to_ascii_lowercase().as_str() {
        "http" | "ws" => "ws",
        "https" | "wss" => "wss",
        _ => return None,
    };
    Some(format!("{scheme}://{rest}"))
}

/// A QR code: `width` modules a side, dark ones `true`, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// Modules on a side, without the quiet zone.
    pub width: usize,
    /// Row by row, `true` for a dark module.
    pub dark: Vec<bool>,
}

impl Qr {
    /// The QR code of `text` (error correction level M, which survives a projector's
    /// glare), or `None` when it is too long for one.
    pub fn new(text: &str) -> Option<Qr> {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
            .ok()?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        Some(Qr { width, dark })
    }

    /// Whether the module at (`x`, `y`) is dark; outside the code (the quiet zone) it is
    /// light.
    pub fn is_dark(&self, x: isize, y: isize) -> bool {
        let w = self.width as isize;
        (0..w).contains(&x) && (0..w).contains(&y) && self.dark[(y * w + x) as usize]
    }

    /// The code for a terminal: two rows of modules per line with half blocks, dark on
    /// the terminal's light text colour inverted, and the quiet zone of 2 modules that
    /// phones need around it.
    pub fn to_terminal(&self) -> String {
        const QUIET: isize = 2;
        let w = self.width as isize;
        let mut out = String::new();
        let mut y = -QUIET;
        while y < w + QUIET {
            for x in -QUIET..w + QUIET {
                // Light modules are drawn as blocks so the code reads on dark terminals.
                let top = !self.is_dark(x, y);
                let bottom = !self.is_dark(x, y + 1);
                out.push(match (top, bottom) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            out.push('\n');
            y += 2;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_url_becomes_the_socket_url() {
        let url = page_url("192.168.1.20".parse().unwrap(), 7420, "cena bar", "k3x9");
        assert_eq!(url, "http://192.168.1.20:7420/cena%20bar?token=k3x9");
        assert_eq!(
            socket_url(&url).as_deref(),
            Some("ws://192.168.1.20:7420/cena%20bar?token=k3x9")
        );
        assert_eq!(socket_url("HTTPS://h/r").as_deref(), Some("wss://h/r"));
        assert_eq!(socket_url("ws://h/r").as_deref(), Some("ws://h/r"));
        assert_eq!(socket_url("ftp://h/r"), None);
        let v6 = page_url("fe80::1".parse().unwrap(), 7420, "r", "t");
        assert!(v6.starts_with("http://[fe80::1]:7420/"));
    }

    #[test]
    fn a_join_url_fits_a_qr_code_with_finder_patterns() {
        let qr = Qr::new("http://192.168.100.200:7420/restaurante?token=k3x9m2p7qa").unwrap();
        assert!(qr.width >= 21 && qr.width <= 41, "{}", qr.width);
        // The three finder patterns' corners are dark, the quiet zone light.
        assert!(qr.is_dark(0, 0) && qr.is_dark(qr.width as isize - 1, 0));
        assert!(qr.is_dark(0, qr.width as isize - 1));
        assert!(!qr.is_dark(-1, 0));
        let text = qr.to_terminal();
        assert_eq!(text.lines().count(), (qr.width + 4).div_ceil(2));
        assert!(text.lines().all(|l| l.chars().count() == qr.width + 4));
    }
}
