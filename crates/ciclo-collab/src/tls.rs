//! Whom a `wss://` connection trusts: the Mozilla root store Ciclo carries, and the
//! certificate authorities of a PEM file named by the standard `SSL_CERT_FILE` variable
//! or by `ciclo sync --ca FILE`, for a server whose certificate a private CA signed (a
//! company's own, or a test's).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject as _;

/// The environment variable that names a PEM file of extra trusted authorities.
pub const SSL_CERT_FILE: &str = "SSL_CERT_FILE";

/// The largest certificate file read: a system bundle is a few hundred KiB.
const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Why a certificate file could not be trusted.
#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    /// The file could not be read.
    #[error(
        "cannot read the certificate file {path}: {error}; give the PEM file of the server's certificate authority"
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        error: String,
    },
    /// The file holds no certificate.
    #[error(
        "{path} holds no certificate: give a PEM file, whose certificates start with -----BEGIN CERTIFICATE-----"
    )]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// A certificate in the file is not one TLS accepts as an authority.
    #[error("{path}: a certificate in it cannot be trusted ({error})")]
    Refused {
        /// The file.
        path: PathBuf,
        /// Why.
        error: String,
    },
}

/// The certificate authorities a connection trusts beyond the built-in roots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trust {
    files: Vec<PathBuf>,
}

impl Trust {
    /// The built-in roots only.
    pub fn builtin() -> Trust {
        Trust::default()
    }

    /// The built-in roots, and those of `SSL_CERT_FILE` when it is set.
    pub fn from_env() -> Trust {
        let files = std::env::var_os(SSL_CERT_FILE)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .into_iter()
            .collect();
        Trust { files }
    }

    /// Also trusts the authorities in the PEM file `path`.
    pub fn with_file(mut self, path: &Path) -> Trust {
        self.files.push(path.to_owned());
        self
    }

    /// The TLS settings of a connection: `None` when only the built-in roots are trusted
    /// (the WebSocket library's own settings).
    pub fn client_config(&self) -> Result<Option<Arc<rustls::ClientConfig>>, TrustError> {
        if self.files.is_empty() {
            return Ok(None);
        }
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        for path in &self.files {
            for cert in certificates(path)? {
                roots.add(cert).map_err(|e| TrustError::Refused {
                    path: path.clone(),
                    error: e.to_string(),
                })?;
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TrustError::Refused {
                path: self.files[0].clone(),
                error: e.to_string(),
            })?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Some(Arc::new(config)))
    }
}

/// The certificates of a PEM file.
fn certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, TrustError> {
    let read_error = |error: String| TrustError::Read {
        path: path.to_owned(),
        error,
    };
    let meta = std::fs::metadata(path).map_err(|e| read_error(e.to_string()))?;
    if !meta.is_file() {
        return Err(read_error("it is not a file".to_owned()));
    }
    if meta.len() > MAX_BYTES {
        return Err(read_error(format!("it is larger than {MAX_BYTES} bytes")));
    }
    let bytes = std::fs::read(path).map_err(|e| read_error(e.to_string()))?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<_, _>>()
        .map_err(|e| read_error(format!("it is not PEM ({e})")))?;
    if certs.is_empty() {
        return Err(TrustError::Empty {
            path: path.to_owned(),
        });
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_extra_files_change_the_settings() {
        assert!(Trust::builtin().client_config().unwrap().is_none());
    }

    #[test]
    fn a_file_without_certificates_or_missing_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("ca.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let err = Trust::builtin()
            .with_file(&empty)
            .client_config()
            .unwrap_err();
        assert!(matches!(err, TrustError::Empty { .. }), "{err}");
        let missing = dir.path().join("missing.pem");
        let err = Trust::builtin()
            .with_file(&missing)
            .client_config()
            .unwrap_err();
        assert!(err.to_string().contains("missing.pem"), "{err}");
    }
}
