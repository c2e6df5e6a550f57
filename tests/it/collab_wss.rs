//! `wss://` through a TLS-terminating proxy whose certificate a private authority signed,
//! as a hosted server behind a company's reverse proxy: `ciclo sync` refuses it until told
//! to trust that authority (`--ca FILE` or `SSL_CERT_FILE`), then keeps the file in step.

use crate::collab_support;
use crate::interop_support;

use std::net::SocketAddr;
use std::sync::Arc;

use interop_support::{Proc, ciclo};
use tokio_rustls::rustls;

/// A private certificate authority, and a certificate it signed for 127.0.0.1.
struct Authority {
    ca_pem: String,
    server: rustls::ServerConfig,
}

fn authority() -> Authority {
    let ca_key = rcgen::KeyPair::generate().expect("a key");
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Ciclo test authority");
    let ca = rcgen::CertifiedIssuer::self_signed(params, ca_key).expect("the authority");
    let key = rcgen::KeyPair::generate().expect("a key");
    let cert = rcgen::CertificateParams::new(vec!["127.0.0.1".to_owned()])
        .expect("params")
        .signed_by(&key, &ca)
        .expect("signed");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone()],
            rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).expect("a key"),
        )
        .expect("a server config");
    Authority {
        ca_pem: ca.pem(),
        server,
    }
}

/// A TLS-terminating proxy on loopback in front of `target`, on its own thread.
fn tls_proxy(server: rustls::ServerConfig, target: SocketAddr) -> SocketAddr {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("listens");
    let addr = listener.local_addr().expect("an address");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server));
    std::thread::spawn(move || {
        runtime.block_on(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(stream).await else {
                        return;
                    };
                    let Ok(mut plain) = tokio::net::TcpStream::connect(target).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                });
            }
        })
    });
    addr
}

#[test]
fn ciclo_sync_over_wss_trusts_a_private_authority_only_when_told() {
    let hosted = collab_support::host(&collab_support::restaurant());
    let authority = authority();
    let proxy = tls_proxy(authority.server, hosted.host.addr);
    let dir = tempfile::tempdir().expect("a folder");
    let ca = dir.path().join("company-ca.pem");
    std::fs::write(&ca, &authority.ca_pem).expect("writes");
    let mine = dir.path().join("mine.ron");
    std::fs::write(&mine, interop_support::RESTAURANT).expect("writes");
    let url = format!(
        "wss://127.0.0.1:{}/cena?token={}",
        proxy.port(),
        collab_support::TOKEN
    );
    // Not told: the certificate is refused at once, and the file is left alone.
    let refused = ciclo()
        .arg("sync")
        .arg(&url)
        .arg(&mine)
        .env_remove("SSL_CERT_FILE")
        .output()
        .expect("runs");
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("certificate is not trusted") && stderr.contains("--ca"),
        "{stderr}"
    );
    // Told through SSL_CERT_FILE, it joins.
    let by_env = Proc::start(
        ciclo()
            .arg("sync")
            .arg(&url)
            .arg(&mine)
            .env("SSL_CERT_FILE", &ca),
    );
    by_env.wait_line("joining with SSL_CERT_FILE", |l| {
        l.contains("follows the room")
    });
    drop(by_env);
    // Told with --ca, it keeps the file in step both ways.
    let sync = Proc::start(
        ciclo()
            .arg("sync")
            .arg(&url)
            .arg(&mine)
            .arg("--ca")
            .arg(&ca)
            .env_remove("SSL_CERT_FILE"),
    );
    sync.wait_line("joining with --ca", |l| l.contains("follows the room"));
    let ana = collab_support::join(&hosted.url(), "Ana");
    let mut doc = ana.document().document;
    doc.moments[2].owner = "Ana, over the LAN".to_owned();
    ana.apply(&doc);
    collab_support::file_shows(&mine, "Ana's edit over wss", |d| {
        d.moments[2].owner == "Ana, over the LAN"
    });
    let text = std::fs::read_to_string(&mine).expect("reads");
    std::fs::write(
        &mine,
        text.replace("Greeted and seated", "Greeted at the door"),
    )
    .expect("writes");
    collab_support::eventually(&ana, "the hand edit over wss", |d| {
        d.moments[4].name == "Greeted at the door"
    });
}
